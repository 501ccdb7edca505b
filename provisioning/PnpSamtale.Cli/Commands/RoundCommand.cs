using System.CommandLine;
using System.Globalization;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Output.Status;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Text;
using PnpSamtale.Jobs.Rounds;
using PnpSamtale.Jobs.Status;
using PnpSamtale.Provisioning;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale round start|status</c> and <c>samtale reconcile</c>: provisioning a round and keeping it right.</summary>
internal static class RoundCommand
{
    public static Command Create(CliContext context, TemplatesOption templates)
    {
        var routine = new Option<string>("--routine") { Description = "The routine: a YAML file, or the name of a shipped one (or one in --templates), e.g. stinn-medarbeidersamtaler.", Required = true };
        var roster = new Option<string>("--roster") { Description = "The roster: a YAML file, or the name of a shipped example (or one in --templates), e.g. stinn-eksempel.", Required = true };
        var term = new Option<string>("--term") { Description = "The round: H2026 (autumn 2026), V2027 (spring 2027) or 2027 (annual routines).", Required = true };
        var set = new Option<string[]>("--set") { Description = "A date decided or recorded for a step, STEP=YYYY-MM-DD (repeatable), e.g. --set 1.2=2026-11-09.", AllowMultipleArgumentsPerToken = false };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes (create/update/unchanged per artefact) and stop; nothing is written." };
        var now = new Option<string>("--now")
        {
            Description = "Run as if it were this moment (ISO 8601, an Oslo time or a date), e.g. to take over the lease of a run that was killed once it has expired (30 minutes after its last renewal). On the local tenant its clock is set to it too. Default: now.",
        };
        var shared = SharedOptions.Create(templates);
        var start = new Command("start", "Provision a round: the admin site's registry and roster, and the round site with its groups, lists, views, a step item per step, a conversation item, form and measures placeholder per conversation, and permissions by role. Prints the plan's warnings first (a vacant or unfilled role, a step that gets no conversation, a person with several roles, a partner without a term end: the round is provisioned without what they name; fix the roster and run it again), then the changes. Idempotent: a second run writes nothing; a run stopped half-way is finished by the next. One run at a time per round: while another holds the round's lease, exits 4 naming it.")
        {
            routine, roster, term, set, dryRun, now,
        };
        shared.AddTo(start);
        start.SetAction(result => StartAsync(result, JobsCommand.Clocked(result, now, context), shared, routine, roster, term, set, dryRun).GetAwaiter().GetResult());

        var statusTerm = new Argument<string>("term") { Description = "The round, e.g. H2026." };
        var statusNow = new Option<string>("--now")
        {
            Description = "The day to judge the round on: a date, 2026-11-25, or a moment, 2026-11-25T07:00+01:00 or 2026-11-25T06:00Z (its Oslo day). Default: today in Oslo.",
        };
        var by = new Option<string>("--by")
        {
            Description = "How the late list is grouped: holder (default; per person responsible: the conversation's holder, the partner for confirming a form, each holder of the role for a round step), step, or unit (per campus).",
            DefaultValueFactory = _ => "holder",
        };
        by.AcceptOnlyFromAmong("holder", "step", "unit");
        var format = new Option<string>("--format")
        {
            Description = "table (default), json (for other tools), md (Markdown for the OU's pages), or html (a page for the OU leader: the round as a Gantt chart with each step's state and today's line, then who is behind).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "md", "html");
        var status = new Command("status", "Who is behind in a round: each step's state, and every late step, conversation step and measure with its deadline, how many business days late and who is responsible. Read from what only the OU and the product write (the round site's register, the roster in Verv), not the columns people edit; a step every conversation goes through is judged per conversation.")
        {
            statusTerm, statusNow, by, format,
        };
        shared.AddWithRoutines(status);
        status.SetAction(result => StatusAsync(result, JobsCommand.Clocked(result, statusNow, context), shared, statusTerm, by, format).GetAwaiter().GetResult());

        return new Command("round", "Rounds of appraisal conversations on SharePoint (the local tenant unless --tenant is given).")
        {
            start, status, KickoffCommand.Create(context, templates),
        };
    }

    public static Command CreateReconcile(CliContext context, TemplatesOption templates)
    {
        var round = new Option<string>("--round") { Description = "Only this round, e.g. H2026; default every active round in the registry." };
        var shared = SharedOptions.Create(templates);
        var command = new Command("reconcile", "Re-apply the permissions of forms and measures changed since the last run: a new holder or partner, a new status (Arkivert makes both read-only) or a new classification. Writes nothing when nothing changed.")
        {
            round,
        };
        shared.AddWithRoutines(command);
        command.SetAction(result => ReconcileAsync(result, context, shared, round).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> StartAsync(
        ParseResult result, CliContext context, SharedOptions shared, Option<string> routineOption, Option<string> rosterOption,
        Option<string> termOption, Option<string[]> setOption, Option<bool> dryRunOption)
    {
        var round = Inputs.Term("--term", result.GetValue(termOption)!);
        var setDates = Inputs.SetDates(result.GetValue(setOption) ?? []);
        var library = shared.Library(result);
        var given = result.GetValue(routineOption)!;
        var routinePath = library.Resolve("--routine", given, TemplateKind.Routines);
        var routine = Inputs.Routine("--routine", routinePath, context);

        // A routine given as a file brings the blueprint and forms beside it; one given by name takes the library's.
        var bundle = string.Equals(routinePath, given, StringComparison.Ordinal) ? routinePath : null;
        var people = Inputs.Roster("--roster", library.Resolve("--roster", result.GetValue(rosterOption)!, TemplateKind.Rosters), context);
        var blueprint = shared.Blueprint(result, bundle, context);
        var forms = routine is null ? null : shared.Forms(result, bundle, routine, context);
        if (routine is null || people is null || blueprint is null || forms is null)
        {
            return ExitCodes.InvalidDefinition;
        }

        await using var session = await shared.OpenAsync(result, people, context).ConfigureAwait(false);
        var designed = RoundDesigner.Design(new RoundRequest(blueprint, routine, forms, people, round, session.Tenant) { SetDates = setDates });
        if (designed.Design is not { } design)
        {
            foreach (var problem in designed.Problems)
            {
                await context.Error.WriteLineAsync($"samtale: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.InvalidDefinition;
        }

        await context.Out.WriteLineAsync($"Runde {round}: {routine.Title}").ConfigureAwait(false);
        await context.Out.WriteLineAsync(session.Description).ConfigureAwait(false);
        await PrintWarningsAsync(context, design.Plan.Warnings).ConfigureAwait(false);
        var provisioner = session.Get<RoundProvisioner>();
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            var plans = await provisioner.PlanAsync(design, context.Stop).ConfigureAwait(false);
            await context.Out.WriteLineAsync().ConfigureAwait(false);
            if (result.GetValue(dryRunOption))
            {
                // Exactly the operations a run would send, in order (a site still to be created is planned as empty).
                foreach (var plan in plans)
                {
                    await context.Out.WriteLineAsync($"Endringer på {plan.Site.AbsolutePath} ({NorwegianNouns.Operation.Count(plan.Operations.Count)}):").ConfigureAwait(false);
                    foreach (var line in plan.Describe())
                    {
                        await context.Out.WriteLineAsync("  " + line).ConfigureAwait(false);
                    }
                }

                await context.Out.WriteAsync(ChangeTable(plans)).ConfigureAwait(false);
                await context.Out.WriteLineAsync("--dry-run: ingenting er skrevet.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await context.Out.WriteLineAsync("Endringer:").ConfigureAwait(false);
            await context.Out.WriteAsync(ChangeTable(plans)).ConfigureAwait(false);

            var owner = session.SiteOwner ?? throw new UsageException("--site-owner: a real tenant needs the site collection owner (a service account, not a person in the roster: site collection administrators can read every form). Set --site-owner or Samtale__SiteOwner.");
            var progress = new ProgressPrinter(context.Out);
            IReadOnlyList<ConvergeReport> registered = [];
            var leased = await session.Get<LeasedRunner>().RunRegisteringAsync(
                new LeaseTarget(design.Admin.Url, blueprint.Admin.List(ListRole.Rounds).Title), round.ToString(), Leasing.Holder("round start"),
                async stop => registered = [await provisioner.RegisterAsync(design, owner, progress, stop).ConfigureAwait(false)],
                stop => provisioner.ProvisionAsync(design, owner, progress, stop), context.Stop).ConfigureAwait(false);
            if (await Leasing.RefusedAsync(context, leased).ConfigureAwait(false) is { } refused)
            {
                foreach (var failure in registered.SelectMany(r => r.Failures).Take(20).Where(_ => leased.Outcome == LeasedOutcome.NotRegistered))
                {
                    await context.Error.WriteLineAsync($"samtale: feilet: {failure.Artefact}: {failure.Message}").ConfigureAwait(false);
                }

                return refused;
            }

            var reports = leased.Value!;
            var failures = reports.SelectMany(r => r.Failures).ToArray();
            await context.Out.WriteLineAsync().ConfigureAwait(false);
            foreach (var failure in failures.Take(20))
            {
                await context.Error.WriteLineAsync($"samtale: feilet: {failure.Artefact}: {failure.Message}").ConfigureAwait(false);
            }

            var written = reports.Sum(r => r.Plan.Operations.Count);
            var reverted = reports.Sum(r => r.Reverted);
            if (reverted > 0)
            {
                await context.Out.WriteLineAsync($"{NorwegianNouns.RevertedChange.Count(reverted)} (logget i Logg).").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(failures.Length == 0
                ? $"Ferdig: {NorwegianNouns.Change.Count(written)}; {NorwegianNouns.Step.Count(design.Plan.Steps.Count)}, {NorwegianNouns.Conversation.Count(design.Plan.Conversations.Count)}, {NorwegianNouns.Form.Count(design.Round.Lists.Sum(l => l.Files.Count))}."
                : $"{NorwegianNouns.Change.Count(failures.Length)} feilet (over); kjør kommandoen på nytt for å fullføre – det som er gjort, gjøres ikke igjen.").ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Nettsted: {design.Round.Url}").ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Admin:    {design.Admin.Url}").ConfigureAwait(false);
            return failures.Length == 0 ? ExitCodes.Ok : ExitCodes.InvalidDefinition;
        }).ConfigureAwait(false);
    }

    private static async Task<int> StatusAsync(
        ParseResult result, CliContext context, SharedOptions shared, Argument<string> termArgument, Option<string> byOption, Option<string> formatOption)
    {
        var round = Inputs.Term("term", result.GetValue(termArgument)!);
        var by = result.GetValue(byOption) switch
        {
            "step" => LateGrouping.Step,
            "unit" => LateGrouping.Unit,
            _ => LateGrouping.Holder,
        };
        await using var session = await shared.OpenAsync(result, null, context).ConfigureAwait(false);
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            if (shared.Scope(result, context, session.Tenant) is not { } scope)
            {
                return ExitCodes.InvalidDefinition;
            }

            var today = Core.Calendar.OsloTime.Day(context.Clock.GetUtcNow());
            var status = await session.Get<RoundStatusReader>().ReadAsync(scope, round.ToString(), today, context.Stop).ConfigureAwait(false);
            if (status is null)
            {
                await context.Error.WriteLineAsync($"samtale: round {round} has no site ({RoundDesigner.RoundSiteUrl(scope.Blueprint, session.Tenant, round.ToString())}); start it with 'samtale round start'.").ConfigureAwait(false);
                return ExitCodes.InvalidDefinition;
            }

            await context.Out.WriteAsync(result.GetValue(formatOption) switch
            {
                "json" => StatusJson.Render(status.Progress, by, status.Site),
                "md" => StatusMarkdown.Render(status.Progress, by, status.Site),
                "html" => StatusHtml.Render(status.Progress, by),
                _ => StatusText.Render(status.Progress, by, status.Site),
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    private static async Task<int> ReconcileAsync(ParseResult result, CliContext context, SharedOptions shared, Option<string> roundOption)
    {
        var only = result.GetValue(roundOption) is { } text ? Inputs.Term("--round", text).ToString() : null;
        await using var session = await shared.OpenAsync(result, null, context).ConfigureAwait(false);
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            if (shared.Scope(result, context, session.Tenant) is not { } scope)
            {
                return ExitCodes.InvalidDefinition;
            }

            var target = LeaseTarget.Of(scope);
            IReadOnlyList<string> terms = only is not null ? [only] : await session.Get<RoundLease>().RoundsAsync(target, activeOnly: true, context.Stop).ConfigureAwait(false);
            var leased = await session.Get<LeasedRunner>().RunAsync(target, terms, Leasing.Holder("reconcile"),
                stop => session.Get<Reconciler>().ReconcileAsync(scope, only, new ProgressPrinter(context.Out), stop), context.Stop).ConfigureAwait(false);
            if (await Leasing.RefusedAsync(context, leased).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var results = leased.Value!;
            foreach (var round in results)
            {
                await context.Out.WriteLineAsync(round.Summary()).ConfigureAwait(false);
            }

            if (results.Count == 0)
            {
                await context.Out.WriteLineAsync("Ingen aktive runder.").ConfigureAwait(false);
            }

            return results.Any(r => r.Failures.Count > 0 || r.Problems.Count > 0) ? ExitCodes.InvalidDefinition : ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// The planner's non-fatal problems — a vacant or unfilled role, a step that gets no conversation, a person with
    /// several roles, a partner without a term end — as <c>samtale plan</c> prints them: the round is provisioned
    /// without what they name, so the OU sees them before the changes.
    /// </summary>
    private static async Task PrintWarningsAsync(CliContext context, IReadOnlyList<Core.Planning.PlanWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        await context.Out.WriteLineAsync().ConfigureAwait(false);
        await context.Out.WriteLineAsync($"Merk ({warnings.Count})").ConfigureAwait(false);
        foreach (var warning in warnings)
        {
            await context.Out.WriteLineAsync("  ! " + warning.Message).ConfigureAwait(false);
        }
    }

    /// <summary>How many operations of each kind per site.</summary>
    private static string ChangeTable(IReadOnlyList<ConvergePlan> plans)
    {
        var table = new Core.Output.TextTable("Nettsted", "Hva", "Antall");
        foreach (var plan in plans)
        {
            if (plan.IsEmpty)
            {
                table.Add([plan.Site.AbsolutePath, "som planlagt", "0"]);
            }

            foreach (var (kind, count) in plan.Counts())
            {
                table.Add([plan.Site.AbsolutePath, PlannedOperation.Verb(kind), count.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        return table.ToString();
    }

    /// <summary>Prints one line per batch of writes.</summary>
    private sealed class ProgressPrinter(TextWriter output) : IProgress<ConvergeProgress>
    {
        public void Report(ConvergeProgress value) =>
            output.WriteLine($"  {value.Site.AbsolutePath}: {value.Step} {value.Done}/{value.Total}");
    }
}
