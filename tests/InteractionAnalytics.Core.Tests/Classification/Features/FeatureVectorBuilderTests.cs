using InteractionAnalytics.Core.Classification.Features;

namespace InteractionAnalytics.Core.Tests.Classification.Features;

[Parallelizable(ParallelScope.All)]
public sealed class FeatureVectorBuilderTests
{
    [Test]
    public void Add_SameBucketTwice_SumsAndCountsOnce()
    {
        var builder = new FeatureVectorBuilder(16);

        builder.Add(5, 1f);
        builder.Add(5, 2f);
        builder.Add(3, 0.5f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder[5], Is.EqualTo(3f));
            Assert.That(builder[3], Is.EqualTo(0.5f));
            Assert.That(builder.Count, Is.EqualTo(2));
            Assert.That(builder.Indices.ToArray(), Is.EqualTo(new[] { 5, 3 }));
        }
    }

    [Test]
    public void Norm_ValuesThreeAndFour_IsFive()
    {
        var builder = new FeatureVectorBuilder(16);
        builder.Add(1, 3f);
        builder.Add(2, 4f);

        Assert.That(builder.Norm(), Is.EqualTo(5f));
    }

    [Test]
    public void Norm_DuplicatesSummedFirst_IsNormOfTheSums()
    {
        // Bucket 0 = 1 + 1 = 2, bucket 7 = 1: sqrt(4 + 1) = sqrt(5), not sqrt(1 + 1 + 1).
        var builder = new FeatureVectorBuilder(8);
        builder.Add(0, 1f);
        builder.Add(7, 1f);
        builder.Add(0, 1f);

        Assert.That(builder.Norm(), Is.EqualTo(MathF.Sqrt(5f)).Within(1e-6f));
    }

    [Test]
    public void Norm_Empty_IsZero() => Assert.That(new FeatureVectorBuilder(4).Norm(), Is.Zero);

    [Test]
    public void Add_ZeroValue_IsIgnored()
    {
        var builder = new FeatureVectorBuilder(8);

        builder.Add(3, 0f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.Count, Is.Zero);
            Assert.That(builder.Indices.IsEmpty, Is.True);
            Assert.That(builder[3], Is.Zero);
        }
    }

    [Test]
    public void Reset_AfterAdds_ClearsValuesAndIndices()
    {
        var builder = new FeatureVectorBuilder(8);
        builder.Add(1, 2f);
        builder.Add(6, 3f);

        builder.Reset();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.Count, Is.Zero);
            Assert.That(builder.Indices.IsEmpty, Is.True);
            Assert.That(builder[1], Is.Zero);
            Assert.That(builder[6], Is.Zero);
            Assert.That(builder.Norm(), Is.Zero);
        }
    }

    [Test]
    public void Reset_ThenReuse_StartsFromZero()
    {
        var builder = new FeatureVectorBuilder(8);
        builder.Add(1, 2f);
        builder.Reset();

        builder.Add(1, 5f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder[1], Is.EqualTo(5f));
            Assert.That(builder.Count, Is.EqualTo(1));
        }
    }

    [Test]
    public void Reset_MoreBucketsThanTheInitialList_ClearsEveryTouchedBucket()
    {
        // 1000 distinct buckets: the touched list grows past its initial 256 and every bucket is still cleared.
        var builder = new FeatureVectorBuilder(1024);
        for (var b = 0; b < 1000; b++)
        {
            builder.Add(b, 1f);
        }

        var countBefore = builder.Count;
        var normBefore = builder.Norm();
        builder.Reset();
        var anyLeft = Enumerable.Range(0, 1024).Any(b => builder[b] != 0f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(countBefore, Is.EqualTo(1000));
            Assert.That(normBefore, Is.EqualTo(MathF.Sqrt(1000f)).Within(1e-4f));
            Assert.That(anyLeft, Is.False);
            Assert.That(builder.Count, Is.Zero);
        }
    }

    [Test]
    public void CopyNormalised_ThreeFour_GivesAscendingIndicesAndUnitNorm()
    {
        var builder = new FeatureVectorBuilder(16);
        builder.Add(9, 4f);
        builder.Add(2, 3f);
        var indices = new int[2];
        var values = new float[2];

        builder.CopyNormalised(indices, values);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(indices, Is.EqualTo(new[] { 2, 9 }));
            Assert.That(values[0], Is.EqualTo(0.6f).Within(1e-6f));
            Assert.That(values[1], Is.EqualTo(0.8f).Within(1e-6f));
            Assert.That(Math.Sqrt(values.Sum(v => (double)v * v)), Is.EqualTo(1d).Within(1e-6));
        }
    }

    [Test]
    public void CopyNormalised_ManyBuckets_StrictlyAscendingAndUnitNorm()
    {
        var builder = new FeatureVectorBuilder(1024);
        var featurizer = new TextFeaturizer(new FeaturizerOptions { BucketBits = 10 });
        var sink = new VectorBuilderSink(builder);
        featurizer.Featurize("i was charged twice for the same order and i want a refund please", ref sink);
        var indices = new int[builder.Count];
        var values = new float[builder.Count];

        builder.CopyNormalised(indices, values);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(indices, Is.Ordered.Ascending);
            Assert.That(indices, Is.Unique);
            Assert.That(values.All(v => v > 0f), Is.True);
            Assert.That(Math.Sqrt(values.Sum(v => (double)v * v)), Is.EqualTo(1d).Within(1e-5));
        }
    }

    [Test]
    public void CopyNormalised_Empty_WritesNothing()
    {
        var builder = new FeatureVectorBuilder(4);

        Assert.DoesNotThrow(() => builder.CopyNormalised([], []));
    }

    [Test]
    public void SortIndices_AfterAdds_AreAscending()
    {
        var builder = new FeatureVectorBuilder(16);
        builder.Add(12, 1f);
        builder.Add(0, 1f);
        builder.Add(7, 1f);

        builder.SortIndices();

        Assert.That(builder.Indices.ToArray(), Is.EqualTo(new[] { 0, 7, 12 }));
    }

    [Test]
    public void Constructor_BucketCountBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new FeatureVectorBuilder(0));

    [Test]
    public void Dimensions_IsTheBucketCount() => Assert.That(new FeatureVectorBuilder(1024).Dimensions, Is.EqualTo(1024));

    [Test]
    public void VectorBuilderSink_Featurize_SumsEveryOccurrencePerBucket()
    {
        // The sink's vector equals the recorded occurrences summed per bucket.
        var featurizer = new TextFeaturizer(new FeaturizerOptions { BucketBits = 10 });
        const string text = "refund refund please, my refund";
        var builder = new FeatureVectorBuilder(featurizer.BucketCount);
        var sink = new VectorBuilderSink(builder);
        featurizer.Featurize(text, ref sink);
        var expected = Recording.Record(featurizer, text).Features
            .GroupBy(f => f.Bucket).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.Count, Is.EqualTo(expected.Count));
            foreach (var (bucket, value) in expected)
            {
                Assert.That(builder[bucket], Is.EqualTo(value).Within(1e-6f), $"bucket {bucket}");
            }
        }
    }

    [Test]
    public void Add_BucketCancelledToZeroThenAddedAgain_IsListedOnce()
    {
        var builder = new FeatureVectorBuilder(8);

        builder.Add(4, 1f);
        builder.Add(4, -1f);
        builder.Add(4, 1f);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.Indices.ToArray(), Is.EqualTo(new[] { 4 }));
            Assert.That(builder.Count, Is.EqualTo(1));
            Assert.That(builder.Norm(), Is.EqualTo(1f));
        }
    }
}
