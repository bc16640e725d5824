using InteractionAnalytics.Storage.PostgreSql;
using Npgsql;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests run against: <c>IA_TEST_POSTGRES</c>, a connection string for a role that may create
/// databases (.ci/run starts Debian's server and sets it). Without it a PostgreSQL test is ignored with that message on a
/// developer's machine, and fails under <c>CI=true</c>, so CI cannot pass without the server.
/// </summary>
public static class PostgreSqlTestServer
{
    /// <summary>The environment variable that names the server.</summary>
    public const string Variable = "IA_TEST_POSTGRES";

    /// <summary>The admin connection string, or ignores (fails under CI) the calling test when there is none.</summary>
    public static string RequireConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        var message = $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one; see docs/database.md).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI=true, so this is a failure, not a skip.");
        }

        Assert.Ignore(message);
        return string.Empty;
    }

    /// <summary>Creates a new, empty database on the server and returns its connection string and a way to drop it.</summary>
    public static async Task<(string ConnectionString, Func<ValueTask> Drop)> CreateDatabaseAsync()
    {
        var admin = PostgreSqlConnectionString.Parse(RequireConnectionString());
        var name = $"ia_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString;
        return (database, async () =>
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            // FORCE ends the test's pooled connections still open on the server.
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        });
    }
}
