namespace InteractionAnalytics.Web.Pages.Agents;

/// <summary>One week of a weekly trend chart.</summary>
/// <param name="Week">The ISO week, e.g. <c>2026-W47</c>.</param>
/// <param name="X">Its x coordinate in the view box.</param>
/// <param name="AgentY">The agent's y coordinate; <see langword="null"/> when the agent's value is withheld or unknown (a gap).</param>
/// <param name="TeamY">The team's y coordinate; <see langword="null"/> when unknown.</param>
/// <param name="AgentText">The agent's value as the page writes it ("fewer than 30 contacts" when withheld).</param>
/// <param name="TeamText">The team's value as text.</param>
/// <param name="AgentWithheld">Whether the agent had contacts that week but fewer than the minimum sample: drawn as a marked gap (a week without any is a plain gap).</param>
public sealed record WeeklyTrendPoint(string Week, double X, double? AgentY, double? TeamY, string AgentText, string TeamText, bool AgentWithheld);
