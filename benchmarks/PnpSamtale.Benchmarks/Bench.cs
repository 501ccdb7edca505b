using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.SharePoint;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// The plumbing the job benchmarks share: rounds are provisioned without latency into a data directory (fast setup),
/// the tenant is stopped, and the job is measured on a tenant restarted on that directory (or on a copy of it) with the
/// injected faults. The restarted tenant listens on another port; the jobs take the registry's site URLs as paths on
/// the tenant they run against.
/// </summary>
internal static class Bench
{
    /// <summary>The site owner of the provisioning runs and the mail sender of the reminder job.</summary>
    public const string Owner = "eier@bench.example";

    /// <summary>Operations per SharePoint <c>$batch</c>.</summary>
    public const int SharePointBatch = 100;

    /// <summary>Requests per Graph <c>$batch</c>.</summary>
    public const int GraphBatch = 20;

    /// <summary>The NTNU routine, its form template and the site blueprint.</summary>
    public static NtnuTemplates Load(string root)
    {
        var routine = RoutineLoader.LoadOrThrow(File.ReadAllText(Path.Combine(root, "templates/routines/ntnu-medarbeidersamtale.yaml")), "ntnu");
        var forms = FormTemplateLoader.LoadFile(Path.Combine(root, "templates/forms/ntnu-medarbeidersamtale.yaml")).Template!;
        var blueprint = BlueprintLoader.LoadFile(Path.Combine(root, BlueprintLoader.DefaultPath)).Blueprint!;
        return new NtnuTemplates(routine, forms, blueprint);
    }

    /// <summary>The generated roster of <see cref="ProvisioningBenchmark"/>: <paramref name="employees"/> conversations.</summary>
    public static Roster Roster(int employees) =>
        RosterLoader.Load(ProvisioningBenchmark.Roster(employees), "generated").Roster ?? throw new InvalidOperationException("The generated roster does not load.");

    /// <summary>Designs one round, or throws with the designer's problems.</summary>
    public static RoundDesign Design(NtnuTemplates templates, Roster roster, Term term, Uri tenant, IReadOnlyDictionary<StepId, DateOnly>? setDates = null)
    {
        var request = new RoundRequest(templates.Blueprint, templates.Routine, templates.Forms, roster, term, tenant)
        {
            SetDates = setDates ?? new Dictionary<StepId, DateOnly>(),
        };
        var designed = RoundDesigner.Design(request);
        return designed.Design ?? throw new InvalidOperationException(string.Join("; ", designed.Problems));
    }

    /// <summary>The job scope on <paramref name="tenant"/>.</summary>
    public static JobScope Scope(NtnuTemplates templates, LocalTenantServer tenant) =>
        new(templates.Blueprint, tenant.BaseUri, id => id == templates.Routine.Id ? templates.Routine : null);

    /// <summary>A fresh, empty folder under the temporary directory.</summary>
    public static string NewDirectory(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"pnpsamtale-bench-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Copies the files of a stopped tenant's data directory.</summary>
    public static string Copy(string directory, string name)
    {
        var copy = NewDirectory(name);
        foreach (var file in Directory.GetFiles(directory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    /// <summary>Deletes the benchmark's folders (best effort).</summary>
    public static void Delete(IEnumerable<string> directories)
    {
        foreach (var directory in directories.Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover folder in /tmp is no reason to fail the benchmark.
            }
        }
    }

    /// <summary>
    /// Provisions the rounds <paramref name="designs"/> makes (given the tenant URL) into <paramref name="directory"/>
    /// with no injected faults, one after the other, then stops the tenant. Throws if a round reports failures.
    /// </summary>
    public static async Task<(IReadOnlyList<RoundDesign> Designs, TimeSpan Elapsed)> ProvisionAsync(string directory, Func<Uri, IReadOnlyList<RoundDesign>> designs)
    {
        var clock = Stopwatch.StartNew();
        await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = directory }, CancellationToken.None);
        await using var services = Services(tenant);
        var provisioner = services.GetRequiredService<RoundProvisioner>();
        var made = designs(tenant.BaseUri);
        foreach (var design in made)
        {
            var reports = await provisioner.ProvisionAsync(design, Owner, null, CancellationToken.None);
            if (reports.SelectMany(r => r.Failures).FirstOrDefault() is { } failure)
            {
                throw new InvalidOperationException($"Provisioning {design.Plan.Term} failed: {failure.Artefact}: {failure.Message}");
            }
        }

        return (made, clock.Elapsed);
    }

    /// <summary>
    /// The runs of a job benchmark: clean on the provisioned data, and, when <paramref name="throttleRate"/> is above
    /// zero, on a copy of it under that rate of 429s (the copy is added to <paramref name="directories"/> for clean-up).
    /// </summary>
    public static List<(string Name, string Directory, double Throttle)> Variants(string provisioned, string copyName, double throttleRate, List<string> directories)
    {
        var variants = new List<(string Name, string Directory, double Throttle)> { ("clean", provisioned, 0) };
        if (throttleRate > 0)
        {
            var copy = Copy(provisioned, copyName);
            directories.Add(copy);
            variants.Add((string.Create(CultureInfo.InvariantCulture, $"under {throttleRate:P0} 429s"), copy, throttleRate));
        }

        return variants;
    }

    /// <summary>Starts the tenant on <paramref name="directory"/> with the latency and rate of 429s (Retry-After 1 s).</summary>
    public static Task<LocalTenantServer> StartAsync(string directory, TimeSpan latency, double throttleRate) =>
        StartAsync(directory, new FaultOptions { Latency = latency, ThrottleRate = throttleRate, RetryAfter = TimeSpan.FromSeconds(1), Seed = 7 });

    /// <summary>Starts a tenant on <paramref name="directory"/> with <paramref name="faults"/>.</summary>
    public static Task<LocalTenantServer> StartAsync(string directory, FaultOptions faults) =>
        LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = directory, Faults = faults }, CancellationToken.None);

    /// <summary>The production client, provisioning and jobs against <paramref name="tenant"/>.</summary>
    public static ServiceProvider Services(LocalTenantServer tenant)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePoint:TenantUrl"] = tenant.BaseUri.ToString(),
            ["SharePoint:GraphBaseUrl"] = tenant.GraphBaseUri.ToString(),
            ["SharePoint:Auth"] = "None",
            ["SharePoint:MaxRetryAttempts"] = "12",
        }).Build();
        var services = new ServiceCollection();
        services.AddSharePointClient(configuration).AddRoundProvisioning().AddJobs();
        return services.BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="work"/> and counts what reached the tenant meanwhile.</summary>
    public static async Task<Measured<T>> MeasureAsync<T>(LocalTenantServer tenant, Func<Task<T>> work)
    {
        tenant.ResetRequestCounts();
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        long http = 0, sharePoint = 0, graph = 0, unbatchable = 0;
        foreach (var (key, value) in tenant.GetRequestCounts().ByEndpoint)
        {
            var inner = key.StartsWith("batch:", StringComparison.Ordinal);
            var route = inner ? key["batch:".Length..] : key;
            if (!inner)
            {
                http += value;
            }

            if (route.EndsWith("/$batch", StringComparison.Ordinal))
            {
                continue;
            }

            if (route.Contains("SPSiteManager", StringComparison.Ordinal))
            {
                unbatchable += value;
            }
            else if (route.Contains("/v1.0/", StringComparison.Ordinal))
            {
                graph += value;
            }
            else
            {
                sharePoint += value;
            }
        }

        return new Measured<T>(result, http, sharePoint, graph, unbatchable, clock.Elapsed);
    }

    /// <summary>ceil(<paramref name="count"/> / <paramref name="size"/>).</summary>
    public static long Ceiling(long count, int size) => (count + size - 1) / size;

    /// <summary>07:00 Oslo time on <paramref name="day"/>, the hour the daily jobs run.</summary>
    public static DateTimeOffset OsloMorning(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(7, 0));
        return new DateTimeOffset(local, OsloTime.Zone.GetUtcOffset(local));
    }
}

/// <summary>The templates of the NTNU routine.</summary>
/// <param name="Routine">The routine.</param>
/// <param name="Forms">Its form template.</param>
/// <param name="Blueprint">The site blueprint.</param>
internal sealed record NtnuTemplates(Routine Routine, FormTemplate Forms, Blueprint Blueprint);

/// <summary>A measured run.</summary>
/// <param name="Result">What the job returned.</param>
/// <param name="Requests">HTTP requests that reached the tenant (a <c>$batch</c> is one, throttled attempts included).</param>
/// <param name="SharePointOperations">SharePoint operations, inside a batch or not.</param>
/// <param name="GraphOperations">Graph operations, inside a batch or not.</param>
/// <param name="UnbatchableOperations">Operations no batch can carry (<c>SPSiteManager</c>).</param>
/// <param name="Elapsed">Wall time of the run.</param>
internal sealed record Measured<T>(T Result, long Requests, long SharePointOperations, long GraphOperations, long UnbatchableOperations, TimeSpan Elapsed)
{
    /// <summary>The fewest requests that could carry the operations: full SharePoint and Graph batches, plus what cannot be batched.</summary>
    public long OperationsLowerBound =>
        Bench.Ceiling(SharePointOperations, Bench.SharePointBatch) + Bench.Ceiling(GraphOperations, Bench.GraphBatch) + UnbatchableOperations;
}

/// <summary>The job's progress messages with the seconds since the run started, written as they come (<c>--progress</c>).</summary>
/// <param name="writer">Where to write them (standard error).</param>
internal sealed class TimedProgress(TextWriter writer) : IProgress<string>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Counts from zero again (at the start of a run).</summary>
    public void Restart() => clock.Restart();

    /// <inheritdoc />
    public void Report(string value) => writer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  [{clock.Elapsed.TotalSeconds,6:0.0} s] {value}"));
}
