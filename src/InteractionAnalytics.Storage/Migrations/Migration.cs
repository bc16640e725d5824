namespace InteractionAnalytics.Storage.Migrations;

/// <summary>One schema change, applied once, in order of <see cref="Version"/>, inside a transaction.</summary>
/// <param name="Version">Increasing from 1; never reused or edited once released.</param>
/// <param name="Name">What the change does.</param>
/// <param name="Sql">The statements.</param>
public sealed record Migration(int Version, string Name, string Sql);
