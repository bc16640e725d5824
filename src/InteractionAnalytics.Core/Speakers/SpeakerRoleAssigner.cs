using System.Globalization;
using InteractionAnalytics.Core.Classification.Rules;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Speakers;

/// <summary>
/// Gives every speaker label of a transcript its role (agent, customer, IVR, system): a supervisor's correction first,
/// then the center's configured map, then the role the source declares, and for the labels still open an inference
/// from speaker cues (greetings, verification requests, closings, reasons for calling, menu prompts) and talk share,
/// with a confidence. Immutable and thread-safe; the rules are in docs/speaker-roles.md.
/// </summary>
/// <remarks>
/// <para>Inference, for the labels no correction, map or source decides:</para>
/// <list type="number">
/// <item>Each label's evidence per cue label (agent, customer, ivr) is the sum of the weights of the cue rules that
/// hit its turns, each rule counted at most once per turn. The label with the most words (of two or more open labels)
/// gets <see cref="SpeakerRoleOptions.TalkShareWeight"/> agent evidence.</item>
/// <item>A label with IVR evidence of at least <see cref="SpeakerRoleOptions.IvrMinimum"/> and more IVR than agent evidence
/// is the IVR (IVRs say "thank you for calling" too); its confidence uses the margin IVR − max(agent, customer + talk share).</item>
/// <item>The others are ranked by net agent evidence n = agent + talk share − customer. Without an agent decided
/// already, the top label is the agent; without a customer decided already, the bottom label is the customer (with
/// two open labels and no evidence the first to speak is the agent). Every other label is an agent when n ≥ 1 (a second
/// agent after a transfer), else a customer.</item>
/// <item>Confidence is the logistic 1 / (1 + e^(−k·m)) of a margin m: for the top/bottom pair, the difference of their
/// n; for a label set against an agent or customer decided otherwise, 1 + n (agent) or 1 − n (customer); for other
/// labels |n − 1|; a single label speaking for the whole conversation gets 0.5.</item>
/// </list>
/// </remarks>
public sealed class SpeakerRoleAssigner
{
    private const int MaxEvidencePerLabel = 6;

    private readonly PhraseRuleSet _cues;
    private readonly SpeakerRoleOptions _options;

    /// <summary>Creates an assigner.</summary>
    /// <param name="cues">Cue rules labelled <c>agent</c>, <c>customer</c> or <c>ivr</c> (<see cref="SpeakerCueLabels"/>).</param>
    /// <param name="options">Thresholds and weights; <see langword="null"/> for <see cref="SpeakerRoleOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">A rule has another label.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public SpeakerRoleAssigner(PhraseRuleSet cues, SpeakerRoleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cues);
        options ??= SpeakerRoleOptions.Default;
        options.Validate();
        foreach (var rule in cues.Rules)
        {
            if (!SpeakerCueLabels.All.Contains(rule.RootCause, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Cue rule '{rule.Id}' is labelled '{rule.RootCause}'; speaker cue rules are labelled agent, customer or ivr.", nameof(cues));
            }
        }

        _cues = cues;
        _options = options;
    }

    /// <summary>
    /// An assigner with no cue rules: open labels are decided by talk share and speaking order alone, so every inferred
    /// role is flagged for review. The pipeline's fallback when no cue rules are configured.
    /// </summary>
    public static SpeakerRoleAssigner WithoutCues { get; } = new(ParseCues("""{ "version": 1, "rules": [] }"""));

    /// <summary>The options.</summary>
    public SpeakerRoleOptions Options => _options;

    /// <summary>Parses a speaker cue rule file (the phrase-rule format, <c>root_cause</c> one of <see cref="SpeakerCueLabels.All"/>).</summary>
    /// <exception cref="PhraseRuleFormatException">The file or a rule is invalid; the message names the rule.</exception>
    public static PhraseRuleSet ParseCues(string json) => PhraseRuleSet.Parse(json, [.. SpeakerCueLabels.All]);

    /// <summary>Assigns roles to the speaker labels of <paramref name="transcript"/>.</summary>
    /// <param name="transcript">The transcript as read.</param>
    /// <param name="configured">The center's configured map; <see langword="null"/> for none.</param>
    /// <param name="corrected">Supervisors' corrections for this contact, by label (ordinal); <see langword="null"/> for none.</param>
    public SpeakerRoleResult Assign(
        LabelledTranscript transcript, SpeakerRoleMap? configured = null, IReadOnlyDictionary<string, Speaker>? corrected = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var labels = new List<LabelEvidence>();
        var byLabel = new Dictionary<string, LabelEvidence>(StringComparer.Ordinal);
        foreach (var turn in transcript.Turns)
        {
            if (!byLabel.TryGetValue(turn.SpeakerLabel, out var evidence))
            {
                evidence = new LabelEvidence(turn.SpeakerLabel);
                byLabel.Add(turn.SpeakerLabel, evidence);
                labels.Add(evidence);
            }

            evidence.Words += CountWords(turn.Text);
        }

        var open = new List<LabelEvidence>();
        foreach (var label in labels)
        {
            if (corrected is not null && corrected.TryGetValue(label.Label, out var role))
            {
                label.Decide(role, SpeakerRoleMethod.Corrected, 1.0);
            }
            else if (configured is not null && configured.TryGetRole(label.Label, out role))
            {
                label.Decide(role, SpeakerRoleMethod.Configured, 1.0);
            }
            else if (transcript.DeclaredRoles.TryGetValue(label.Label, out role))
            {
                label.Decide(role, SpeakerRoleMethod.Declared, 1.0);
            }
            else
            {
                open.Add(label);
            }
        }

        string? reviewReason = null;
        if (open.Count > 0)
        {
            reviewReason = Infer(transcript, labels, open, byLabel);
        }

        var assignments = labels.Select(l => new SpeakerRoleAssignment(l.Label, l.Role, l.Method, l.Confidence, l.Evidence)).ToList();
        var confidence = assignments.Count == 0 ? 1.0 : assignments.Min(a => a.Confidence);
        if (reviewReason is null && confidence < _options.LowConfidence)
        {
            var weakest = assignments.First(a => a.Confidence == confidence);
            reviewReason = string.Create(
                CultureInfo.InvariantCulture,
                $"speaker roles inferred with confidence {confidence:0.00} (below {_options.LowConfidence:0.00}); weakest: {weakest.Label} as {SpeakerNames.ToName(weakest.Role)}");
        }

        var turns = new List<Turn>(transcript.Turns.Count);
        foreach (var turn in transcript.Turns)
        {
            turns.Add(new Turn(byLabel[turn.SpeakerLabel].Role, turn.StartSeconds, turn.EndSeconds, turn.Text));
        }

        return new SpeakerRoleResult(
            new Transcript(transcript.CallId, transcript.Language, turns), [.. transcript.Turns.Select(t => t.SpeakerLabel)], assignments, confidence, reviewReason is not null, reviewReason);
    }

    /// <summary>Infers the open labels' roles; returns a review reason that the confidence alone would not give, or null.</summary>
    private string? Infer(LabelledTranscript transcript, List<LabelEvidence> labels, List<LabelEvidence> open, Dictionary<string, LabelEvidence> byLabel)
    {
        var hits = new List<PhraseRuleHit>();
        foreach (var turn in transcript.Turns)
        {
            var label = byLabel[turn.SpeakerLabel];
            if (label.IsDecided)
            {
                continue;
            }

            hits.Clear();
            _cues.Match(turn.Text, hits);
            string? previousRule = null;
            foreach (var hit in hits.OrderBy(h => h.RuleId, StringComparer.Ordinal))
            {
                // A rule counts once per turn: "press one … press two" in one prompt is one menu, not two.
                if (string.Equals(hit.RuleId, previousRule, StringComparison.Ordinal))
                {
                    continue;
                }

                previousRule = hit.RuleId;
                label.AddCue(hit);
            }
        }

        if (open.Count == 1 && labels.Count == 1)
        {
            var only = open[0];
            var role = only.CueNet > 0 ? Speaker.Agent : Speaker.Customer;
            only.Decide(role, SpeakerRoleMethod.Inferred, 0.5);
            return $"one speaker label ({only.Label}) speaks the whole conversation: agent and customer were not separated (a mono recording without diarization?)";
        }

        if (open.Count >= 2)
        {
            var talker = open.MaxBy(l => l.Words)!;
            if (talker.Words > 0 && _options.TalkShareWeight > 0)
            {
                var total = open.Sum(l => l.Words);
                talker.TalkShare = _options.TalkShareWeight;
                talker.Evidence.Add(string.Create(CultureInfo.InvariantCulture, $"talk share: {(double)talker.Words / total:0.00} of the open labels' words, the most"));
            }
        }

        var remaining = new List<LabelEvidence>();
        foreach (var label in open)
        {
            if (label.Ivr >= _options.IvrMinimum && label.Ivr > label.Agent)
            {
                label.Decide(Speaker.Ivr, SpeakerRoleMethod.Inferred, Logistic(label.Ivr - Math.Max(label.Agent, label.Customer + label.TalkShare)));
            }
            else
            {
                remaining.Add(label);
            }
        }

        if (remaining.Count == 0)
        {
            return null;
        }

        // Stable order: by net agent evidence, ties to whoever spoke first.
        var ranked = remaining.Select((label, index) => (label, index)).OrderByDescending(x => x.label.Net).ThenBy(x => x.index).Select(x => x.label).ToList();
        var hasAgent = labels.Any(l => l.IsDecided && l.Role == Speaker.Agent);
        var hasCustomer = labels.Any(l => l.IsDecided && l.Role == Speaker.Customer);
        LabelEvidence? top = null, bottom = null;
        if (!hasAgent && !hasCustomer && ranked.Count >= 2)
        {
            top = ranked[0];
            bottom = ranked[^1];
            var confidence = Logistic(top.Net - bottom.Net);
            top.Decide(Speaker.Agent, SpeakerRoleMethod.Inferred, confidence);
            bottom.Decide(Speaker.Customer, SpeakerRoleMethod.Inferred, confidence);
        }
        else if (!hasAgent)
        {
            top = ranked[0];
            top.Decide(Speaker.Agent, SpeakerRoleMethod.Inferred, Logistic(1 + top.Net));
        }
        else if (!hasCustomer)
        {
            bottom = ranked[^1];
            bottom.Decide(Speaker.Customer, SpeakerRoleMethod.Inferred, Logistic(1 - bottom.Net));
        }

        foreach (var label in ranked)
        {
            if (!label.IsDecided)
            {
                var role = label.Net >= 1 ? Speaker.Agent : Speaker.Customer;
                label.Decide(role, SpeakerRoleMethod.Inferred, Logistic(Math.Abs(label.Net - 1)));
            }
        }

        return null;
    }

    private double Logistic(double margin) => 1.0 / (1.0 + Math.Exp(-_options.Steepness * margin));

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>What is known about one label while roles are decided.</summary>
    private sealed class LabelEvidence(string label)
    {
        public string Label { get; } = label;

        public int Words { get; set; }

        public double Agent { get; private set; }

        public double Customer { get; private set; }

        public double Ivr { get; private set; }

        public double TalkShare { get; set; }

        public double CueNet => Agent - Customer;

        public double Net => Agent + TalkShare - Customer;

        public List<string> Evidence { get; } = [];

        public bool IsDecided { get; private set; }

        public Speaker Role { get; private set; }

        public SpeakerRoleMethod Method { get; private set; }

        public double Confidence { get; private set; }

        public void AddCue(PhraseRuleHit hit)
        {
            switch (hit.RootCause)
            {
                case SpeakerCueLabels.Agent:
                    Agent += hit.Weight;
                    break;
                case SpeakerCueLabels.Customer:
                    Customer += hit.Weight;
                    break;
                default:
                    Ivr += hit.Weight;
                    break;
            }

            if (Evidence.Count < MaxEvidencePerLabel)
            {
                Evidence.Add($"{hit.RuleId}: \"{hit.Text}\"");
            }
        }

        public void Decide(Speaker role, SpeakerRoleMethod method, double confidence)
        {
            IsDecided = true;
            Role = role;
            Method = method;
            Confidence = confidence;
            if (method != SpeakerRoleMethod.Inferred)
            {
                Evidence.Clear();
            }
        }
    }
}
