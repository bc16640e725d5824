using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Core.Classification.Taxonomies;

namespace InteractionAnalytics.Classification.Tests.Models;

[Parallelizable(ParallelScope.All)]
public sealed class DefaultTaxonomyTests
{
    [Test]
    public void Parse_EmbeddedDefaultTaxonomy_HasTheShippedLabels()
    {
        var taxonomy = Taxonomy.Parse(DefaultResources.ReadText(DefaultResources.TaxonomyFileName));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(taxonomy.Intents, Has.Count.EqualTo(15));
            Assert.That(taxonomy.RootCauses, Has.Count.EqualTo(6));
            Assert.That(taxonomy.Resolutions, Has.Count.EqualTo(3));
            Assert.That(taxonomy.FallbackIntent, Is.EqualTo("other"));
            Assert.That(taxonomy.NoFailureRootCause, Is.EqualTo("none"));
            Assert.That(taxonomy.RootCauseIds, Is.EqualTo(new[] { "agent", "ivr", "process", "billing", "product", "none" }));
            Assert.That(taxonomy.Resolutions.Select(r => r.Id), Is.EqualTo(new[] { "resolved", "unresolved", "unknown" }));
            Assert.That(taxonomy.IntentIds, Does.Contain("billing_dispute").And.Contain("account_access").And.Contain("other"));
        }
    }

    [Test]
    public void Parse_EmbeddedDefaultTaxonomy_EveryLabelIsDocumented()
    {
        var taxonomy = Taxonomy.Parse(DefaultResources.ReadText("taxonomy.json"));
        var labels = taxonomy.Intents.Concat(taxonomy.RootCauses).ToList();

        using (Assert.EnterMultipleScope())
        {
            foreach (var label in labels)
            {
                Assert.That(label.Name, Is.Not.Empty, label.Id);
                Assert.That(label.Definition, Is.Not.Empty, label.Id);
            }

            Assert.That(taxonomy.IntentIds, Does.Not.Contain("_no_reason"));
        }
    }

    [Test]
    public void ReadText_UnknownResource_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => DefaultResources.ReadText("no-such-file.json"));
}
