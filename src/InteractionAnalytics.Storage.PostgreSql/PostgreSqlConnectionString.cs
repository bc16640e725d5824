using Npgsql;

namespace InteractionAnalytics.Storage.PostgreSql;

/// <summary>Reads the two ways <c>--db</c> names a PostgreSQL database: an Npgsql connection string, or a URL.</summary>
public static class PostgreSqlConnectionString
{
    /// <summary>Whether <paramref name="db"/> is a <c>postgres://</c> or <c>postgresql://</c> URL.</summary>
    public static bool IsUrl(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="db"/> is a connection string naming a server (a <c>Host</c> or <c>Server</c> key); SQLite's
    /// connection strings name a <c>Data Source</c> instead.
    /// </summary>
    public static bool IsConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Split(';').Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The Npgsql connection string for <paramref name="db"/>. A URL's user, password (percent-decoded), host, port
    /// (default 5432) and database (the path; default the user's name, as libpq does) are taken; query parameters are
    /// Npgsql keys (<c>?sslmode=require&amp;pooling=false</c>).
    /// </summary>
    /// <exception cref="FormatException"><paramref name="db"/> is a URL without a host, or a key is unknown to Npgsql.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!IsUrl(db))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db);
            }
            catch (ArgumentException exception)
            {
                throw new FormatException($"Not a valid PostgreSQL connection string: {exception.Message}", exception);
            }
        }

        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("A PostgreSQL URL needs a host: postgres://user:password@host:port/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        builder.Database = database.Length > 0 ? database : builder.Username;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var keyValue = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(keyValue[0]);
            try
            {
                builder[key] = keyValue.Length == 2 ? Uri.UnescapeDataString(keyValue[1]) : string.Empty;
            }
            catch (ArgumentException exception)
            {
                throw new FormatException($"Unknown PostgreSQL connection parameter '{key}' in the URL.", exception);
            }
        }

        return builder;
    }
}
