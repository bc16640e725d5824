namespace InteractionAnalytics.Simulation.Customers;

/// <summary>A simulated customer: a number from the customer pool, and whether this contact's caller id is withheld.</summary>
/// <param name="Key">The customer's pool number, 1 and up; their id, name and account digits derive from it.</param>
/// <param name="Withheld">The number was withheld, so the export has no customer id for the contact.</param>
internal readonly record struct Customer(int Key, bool Withheld);
