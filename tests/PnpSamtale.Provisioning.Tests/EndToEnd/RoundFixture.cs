using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.SharePoint;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>The shipped StInn routine, example roster and blueprint, provisioned by the production code on an in-process local tenant.</summary>
internal sealed class RoundFixture : IAsyncDisposable
{
    public const string SiteOwner = "samtale-eier@stinn.example";

    private readonly ServiceProvider services;

    private RoundFixture(LocalTenantServer tenant, ServiceProvider services, RoundDesign design, Routine routine, Roster roster, Blueprint blueprint)
    {
        Tenant = tenant;
        this.services = services;
        Design = design;
        Routine = routine;
        Roster = roster;
        Blueprint = blueprint;
    }

    public LocalTenantServer Tenant { get; }

    public RoundDesign Design { get; }

    public Routine Routine { get; }

    public Roster Roster { get; }

    public Blueprint Blueprint { get; }

    public static async Task<RoundFixture> StartAsync(FaultOptions? faults = null, Action<IServiceCollection>? configure = null, Func<string, Task>? onRequest = null)
    {
        var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { Faults = faults ?? new FaultOptions(), OnRequest = onRequest }, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePoint:TenantUrl"] = tenant.BaseUri.ToString(),
            ["SharePoint:GraphBaseUrl"] = tenant.GraphBaseUri.ToString(),
            ["SharePoint:Auth"] = "None",
            ["SharePoint:MaxRetryAttempts"] = "10",
            ["SharePoint:MaxRetryDelay"] = "00:00:01",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSharePointClient(configuration).AddRoundProvisioning();
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider(validateScopes: true);
        var (design, routine, roster, blueprint) = Load(tenant.BaseUri);
        return new RoundFixture(tenant, services, design, routine, roster, blueprint);
    }

    /// <summary>The round designed from a changed blueprint (the same routine, roster and dates).</summary>
    public RoundDesign Redesign(Func<Blueprint, Blueprint> change) => Load(Tenant.BaseUri, change).Design;

    public static (RoundDesign Design, Routine Routine, Roster Roster, Blueprint Blueprint) Load(Uri tenant, Func<Blueprint, Blueprint>? change = null)
    {
        var root = RepositoryRoot.Path;
        var routine = RoutineLoader.Load(File.ReadAllText(Path.Combine(root, "templates/routines/stinn-medarbeidersamtaler.yaml")), "stinn", TimeProvider.System).Routine!;
        var roster = RosterLoader.Load(File.ReadAllText(Path.Combine(root, "templates/rosters/stinn-eksempel.yaml")), "roster").Roster!;
        var loaded = BlueprintLoader.LoadFile(Path.Combine(root, BlueprintLoader.DefaultPath)).Blueprint!;
        var blueprint = change is null ? loaded : change(loaded);
        var forms = FormTemplateLoader.LoadFile(Path.Combine(root, "templates/forms/stinn-medarbeidersamtaler.yaml")).Template!;
        var request = new RoundRequest(blueprint, routine, forms, roster, Term.Parse("H2026"), tenant)
        {
            SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new DateOnly(2026, 11, 9) },
        };
        var design = RoundDesigner.Design(request).Design!;
        return (design, routine, roster, blueprint);
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IReadOnlyList<Converge.ConvergeReport>> ProvisionAsync(CancellationToken cancellationToken = default) =>
        Get<RoundProvisioner>().ProvisionAsync(Design, SiteOwner, null, cancellationToken);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
