using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// A table's rows as one comparable line: the row count and a SHA-256 over every value of every row as the reader returns
/// them (NULL, doubles round-trip, blobs in base64), for the kill tests that compare a crashed-and-rerun database with a
/// clean one on SQLite and on PostgreSQL.
/// </summary>
internal static class TableDigest
{
    /// <summary>Reads <paramref name="rows"/> to the end (the caller's query fixes the order) and digests them.</summary>
    public static async Task<string> OfAsync(DbDataReader rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        while (await rows.ReadAsync())
        {
            count++;
            for (var i = 0; i < rows.FieldCount; i++)
            {
                var value = rows.GetValue(i) switch
                {
                    DBNull => "\u2400",
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    byte[] b => Convert.ToBase64String(b),
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                };
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u241F"));
            }

            hash.AppendData("\u241E"u8);
        }

        return $"{count} rows, sha256 {Convert.ToHexString(hash.GetHashAndReset())}";
    }
}
