using InteractionAnalytics.Storage.PostgreSql;

namespace InteractionAnalytics.Storage.Tests;

public sealed class PostgreSqlConnectionStringTests
{
    [TestCase("postgres://ia:secret@db.example:5433/analytics", true)]
    [TestCase("postgresql://ia@db.example/analytics", true)]
    [TestCase("Host=db.example;Database=analytics;Username=ia", true)]
    [TestCase("Server=db.example;Database=analytics", true)]
    [TestCase("Data Source=ia.db;Mode=Memory;Cache=Shared", false)]
    [TestCase("interaction-analytics.db", false)]
    [TestCase("/var/lib/ia/Host=odd.db", false)]
    public void Recognizes_PostgreSqlUrlsAndConnectionStringsOnly(string db, bool expected) =>
        Assert.That(PostgreSqlDatabaseProvider.Instance.Recognizes(db), Is.EqualTo(expected));

    [Test]
    public void Parse_Url_UserPasswordHostPortDatabaseAndQueryKeys()
    {
        var builder = PostgreSqlConnectionString.Parse("postgres://ia%40corp:p%3Ass%2Fw@db.example:5433/analytics?Pooling=false&Timeout=5");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.Host, Is.EqualTo("db.example"));
            Assert.That(builder.Port, Is.EqualTo(5433));
            Assert.That(builder.Username, Is.EqualTo("ia@corp"));
            Assert.That(builder.Password, Is.EqualTo("p:ss/w"));
            Assert.That(builder.Database, Is.EqualTo("analytics"));
            Assert.That(builder.Pooling, Is.False);
            Assert.That(builder.Timeout, Is.EqualTo(5));
        }
    }

    [Test]
    public void Parse_UrlWithoutPortOrDatabase_5432AndTheUsersName()
    {
        var builder = PostgreSqlConnectionString.Parse("postgresql://ia@db.example");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.Port, Is.EqualTo(5432));
            Assert.That(builder.Database, Is.EqualTo("ia"));
        }
    }

    [TestCase("postgres:///analytics")]
    [TestCase("postgres://db.example/analytics?NoSuchKey=1")]
    public void Parse_BadUrl_FormatException(string db) =>
        Assert.That(() => PostgreSqlConnectionString.Parse(db), Throws.InstanceOf<FormatException>());

    [Test]
    public void Describe_NeverThePassword() =>
        Assert.That(PostgreSqlDatabaseProvider.Instance.Describe("postgres://ia:secret@db.example:5433/analytics"), Is.EqualTo("db.example:5433/analytics"));
}
