using System.Reflection;

namespace InteractionAnalytics.Classification.Defaults;

/// <summary>Reads the defaults embedded in this assembly from <c>Defaults/</c>.</summary>
public static class DefaultResources
{
    /// <summary>The default taxonomy (<c>Defaults/taxonomy.json</c>), built from <c>../shared/TAXONOMY.md</c>.</summary>
    public const string TaxonomyFileName = "taxonomy.json";

    /// <summary>The default root-cause phrase rules (<c>Defaults/root-cause-rules.json</c>).</summary>
    public const string RootCauseRulesFileName = "root-cause-rules.json";

    /// <summary>The default trained model (<c>Defaults/default.iamodel</c>).</summary>
    public const string ModelFileName = "default.iamodel";

    /// <summary>Opens an embedded default by its file name; the caller disposes the stream.</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded (a build problem, not a user error).</exception>
    public static Stream Open(string fileName)
    {
        var name = "InteractionAnalytics.Classification.Defaults." + fileName;
        return typeof(DefaultResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded default '{fileName}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
    }

    /// <summary>Reads an embedded text default (UTF-8) by its file name.</summary>
    public static string ReadText(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
