using InteractionAnalytics.Classification.Defaults;
using InteractionAnalytics.Classification.Models;

namespace InteractionAnalytics.Classification.Tests.Models;

[Parallelizable(ParallelScope.All)]
public sealed class DefaultModelFileTests
{
    [Test]
    public void Write_TheShippedModelReadBack_ReproducesTheCommittedBytes()
    {
        byte[] committed;
        using (var resource = DefaultResources.Open(DefaultResources.ModelFileName))
        using (var copy = new MemoryStream())
        {
            resource.CopyTo(copy);
            committed = copy.ToArray();
        }

        var models = ModelFile.Read(new MemoryStream(committed));
        using var rewritten = new MemoryStream();
        var version = ModelFile.Write(rewritten, models.Intent, models.RootCause, models.Metadata);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(version, Is.EqualTo(models.Version));
            Assert.That(rewritten.ToArray(), Is.EqualTo(committed), "the model file format must not drift: the README's retrain command promises these bytes");
        }
    }
}
