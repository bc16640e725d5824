using InteractionAnalytics.Ingestion.Calls;

namespace InteractionAnalytics.Ingestion.Tests.Calls;

public sealed class ColumnMappingTests
{
    [Test]
    public void Parse_MappingWithValuesAndUnit_ReadsForeignExport()
    {
        const string json = """
            {
              "description": "test ACD",
              "delimiter": ";",
              "duration_unit": "milliseconds",
              "columns": { "call_id": "Id", "started_at": "Start", "ended_at": "End", "answered_at": "Answer",
                           "talk_seconds": "Talk", "agent_id": "Agent", "direction": "Dir" },
              "values": { "direction": { "INBOUND": "inbound", "CALLBACK": "outbound" } }
            }
            """;
        var mapping = ColumnMapping.Parse(json, "test.json");
        const string csv = "Id;Start;Answer;End;Talk;Agent;Dir\nX1;2026-11-17T09:00:00Z;2026-11-17T09:00:10Z;2026-11-17T09:05:10Z;300000;A7;CALLBACK\n";

        var parsed = new CallsCsvReader(mapping, null).Read(new StringReader(csv), "calls.csv", _ => { }).Single();

        var c = parsed.Contact!.Record;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mapping.Description, Is.EqualTo("test ACD"));
            Assert.That(c.CallId, Is.EqualTo("X1"));
            Assert.That(c.TalkSeconds, Is.EqualTo(300));
            Assert.That(c.AgentId, Is.EqualTo("A7"));
            Assert.That(c.Direction, Is.EqualTo(Core.Contacts.ContactDirection.Outbound));
        }
    }

    [TestCase("{", "not valid JSON")]
    [TestCase("""{ "columns": { "callid": "x" } }""", "unknown field \"callid\"")]
    [TestCase("""{ "delimiter": ";;" }""", "delimiter must be one character")]
    [TestCase("""{ "duration_unit": "minutes" }""", "duration_unit must be")]
    [TestCase("""{ "colums": {} }""", "unknown setting \"colums\"")]
    public void Parse_InvalidMapping_ClearMessageNamingTheFile(string json, string expected)
    {
        var ex = Assert.Throws<ColumnMappingException>(() => ColumnMapping.Parse(json, "m.json"));

        Assert.That(ex.Message, Does.StartWith("m.json: ").And.Contain(expected));
    }

    [Test]
    public void ShippedSampleMappings_AllParse()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "samples", "mappings");

        var files = Directory.GetFiles(folder, "*.json");

        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            Assert.DoesNotThrow(() => ColumnMapping.Parse(File.ReadAllText(file), file), file);
        }
    }
}
