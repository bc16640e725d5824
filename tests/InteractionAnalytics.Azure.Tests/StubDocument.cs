namespace InteractionAnalytics.Azure.Tests;

/// <summary>One entry of analysisInput.documents as the stub received it.</summary>
internal sealed record StubDocument(string Id, string Language, string Text);
