using InteractionAnalytics.Storage.Qa;
using InteractionAnalytics.Web.Qa;
using InteractionAnalytics.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InteractionAnalytics.Web.Pages.Qa;

/// <summary>
/// <c>/qa/agents</c>, QA users only: per agent, the submitted evaluations, critical fails, last submission and the mean QA
/// score, the mean shown only for agents with at least <see cref="QaSetup.MinEvaluations"/> submitted evaluations.
/// </summary>
[Authorize(Policy = Policies.Qa)]
public sealed class AgentsModel : PageModel
{
    private readonly WebDatabase _database;

    /// <summary>Creates the page.</summary>
    public AgentsModel(WebDatabase database, QaSetup setup)
    {
        _database = database;
        MinEvaluations = setup.MinEvaluations;
    }

    /// <summary>The fewest submitted evaluations before a mean is shown.</summary>
    public int MinEvaluations { get; }

    /// <summary>Every agent with a submitted evaluation, by agent id.</summary>
    public IReadOnlyList<QaAgentRollup> Agents { get; private set; } = [];

    /// <summary>Lists the agents.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Agents = await _database.Database.Qa.RollupByAgentAsync(cancellationToken);
        return Page();
    }
}
