using System.Globalization;

namespace InteractionAnalytics.Simulation.Model;

/// <summary>
/// Invented first and last names for agents and customers. A customer's name is a pure function of their key, so a
/// customer keeps their name across repeat contacts without the run storing it.
/// </summary>
internal static class NameBank
{
    private static readonly string[] AgentFirstNames =
    [
        "Maria", "James", "Aisha", "Tom", "Priya", "Carlos", "Grace", "Daniel", "Keisha", "Omar",
        "Linda", "Kevin", "Sofia", "Marcus", "Hannah", "Luis", "Nadia", "Brian", "Yuki", "Derek",
        "Fatima", "Ethan", "Rosa", "Victor", "Chloe", "Andre", "Megan", "Samir", "Tanya", "Rob",
    ];

    private static readonly string[] CustomerFirstNames =
    [
        "Jordan", "Patricia", "Mike", "Emily", "Raj", "Susan", "Anthony", "Leah", "Diego", "Karen",
        "Steve", "Angela", "Wei", "Monica", "Frank", "Ines", "Gary", "Beth", "Tariq", "Joanne",
        "Paul", "Amara", "Dennis", "Lucy", "Hector", "Nora", "Walter", "Mei", "Curtis", "Olivia",
        "Ray", "Sandra", "Kofi", "Helen", "Bill", "Alina",
    ];

    private static readonly string[] CustomerLastNames =
    [
        "Miller", "Okafor", "Nguyen", "Fischer", "Patel", "Romero", "Kowalski", "Brooks", "Haddad", "Lindqvist",
        "Carter", "Moreno", "Schultz", "Ibrahim", "Walsh", "Tanaka", "Duarte", "Bennett", "Novak", "Grant",
        "Osei", "Reyes", "Hughes", "Kim", "Morrison", "Silva", "Price", "Jensen", "Abbott", "Flores",
    ];

    private static readonly HashSet<string> AllNames =
        new([.. AgentFirstNames, .. CustomerFirstNames, .. CustomerLastNames], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is one of the bank's names (so it keeps its capital letter).</summary>
    public static bool IsName(string word) => AllNames.Contains(word);

    /// <summary>The first name of the agent at roster position <paramref name="index"/> (names repeat on large rosters).</summary>
    public static string AgentFirstName(int index) => AgentFirstNames[index % AgentFirstNames.Length];

    /// <summary>The first name of the customer with <paramref name="key"/> (a positive pool number).</summary>
    public static string CustomerFirstName(int key) => CustomerFirstNames[(int)(Mix(key, 2_654_435_761) % CustomerFirstNames.Length)];

    /// <summary>The last name of the customer with <paramref name="key"/>.</summary>
    public static string CustomerLastName(int key) => CustomerLastNames[(int)(Mix(key, 40_503) % CustomerLastNames.Length)];

    /// <summary>The last four digits of the customer's account number, e.g. <c>0427</c>.</summary>
    public static string AccountLastFour(int key) => (Mix(key, 7_919) % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    // Multiplicative hashing spreads neighbouring keys over the name lists; keys are at most 50 million and the
    // multipliers below 2^32, so the product fits a long.
    private static long Mix(int key, long multiplier) => (key * multiplier) + (key >> 3);
}
