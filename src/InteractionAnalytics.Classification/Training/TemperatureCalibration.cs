using InteractionAnalytics.Core.Classification.Scoring;

namespace InteractionAnalytics.Classification.Training;

/// <summary>
/// Temperature scaling (Guo et al., 2017, "On Calibration of Modern Neural Networks"): one scalar T divides the scores
/// before the softmax, chosen to minimise the negative log-likelihood on held-out examples. It changes confidences,
/// never the predicted label.
/// </summary>
public static class TemperatureCalibration
{
    /// <summary>Fits T in [0.05, 20] by golden-section search on log T; returns 1 when there are no examples.</summary>
    public static float Fit(LinearClassifierModel model, IReadOnlyList<TrainingExample> heldOut)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        if (heldOut.Count == 0)
        {
            return 1f;
        }

        var scorer = new TextScorer(model);
        var logits = new float[heldOut.Count][];
        var targets = new int[heldOut.Count];
        for (var i = 0; i < heldOut.Count; i++)
        {
            logits[i] = new float[model.ClassCount];
            scorer.Logits(heldOut[i].Text, logits[i]);
            targets[i] = model.IndexOf(heldOut[i].Label);
        }

        double Loss(double logT)
        {
            var t = Math.Exp(logT);
            var sum = 0d;
            for (var i = 0; i < logits.Length; i++)
            {
                if (targets[i] < 0)
                {
                    continue;
                }

                var row = logits[i];
                var max = row.Max();
                var z = 0d;
                foreach (var v in row)
                {
                    z += Math.Exp((v - max) / t);
                }

                sum -= ((row[targets[i]] - max) / t) - Math.Log(z);
            }

            return sum;
        }

        var golden = (Math.Sqrt(5) - 1) / 2;
        double a = Math.Log(0.05), b = Math.Log(20);
        var c = b - (golden * (b - a));
        var d = a + (golden * (b - a));
        for (var iteration = 0; iteration < 60; iteration++)
        {
            if (Loss(c) < Loss(d))
            {
                b = d;
            }
            else
            {
                a = c;
            }

            c = b - (golden * (b - a));
            d = a + (golden * (b - a));
        }

        return (float)Math.Round(Math.Exp((a + b) / 2), 4);
    }
}
