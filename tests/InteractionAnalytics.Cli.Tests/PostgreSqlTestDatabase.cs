using Npgsql;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// A new, empty PostgreSQL database for one test on the server <c>IA_TEST_POSTGRES</c> names (.ci/run starts one and
/// sets it), dropped on dispose. Without the variable the test is ignored, and fails under <c>CI=true</c>.
/// </summary>
internal sealed class PostgreSqlTestDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private PostgreSqlTestDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the test's database, as <c>--db</c> takes it.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("IA_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            const string message = "IA_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one; see docs/database.md).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + " CI=true, so this is a failure, not a skip.");
            }

            Assert.Ignore(message);
        }

        var name = $"ia_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new PostgreSqlTestDatabase(admin!, name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
