using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.SharePoint;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Jobs.Tests;

/// <summary>A clock the test moves; the local tenant stamps Modified, SentAt and DeletedDate with it.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>Sets the clock to <paramref name="hour"/> o'clock Oslo time on <paramref name="day"/>.</summary>
    public DateTimeOffset At(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        Now = new DateTimeOffset(local, OsloTime.Zone.GetUtcOffset(local));
        return Now;
    }
}

/// <summary>A StInn round provisioned on an in-memory local tenant, with the jobs wired to it.</summary>
internal sealed class JobsFixture : IAsyncDisposable
{
    public const string SiteOwner = "samtale-eier@stinn.example";

    private readonly ServiceProvider services;

    private JobsFixture(LocalTenantServer tenant, ServiceProvider services, ManualClock clock, Routine routine, Roster roster, Blueprint blueprint)
    {
        Tenant = tenant;
        this.services = services;
        Clock = clock;
        Routine = routine;
        Roster = roster;
        Blueprint = blueprint;
        Scope = new JobScope(blueprint, tenant.BaseUri, id => id == routine.Id ? routine : null);
    }

    public LocalTenantServer Tenant { get; }

    public ManualClock Clock { get; }

    public Routine Routine { get; }

    public Roster Roster { get; }

    public Blueprint Blueprint { get; }

    public JobScope Scope { get; }

    public Uri RoundSite => RoundDesigner.RoundSiteUrl(Blueprint, Tenant.BaseUri, "H2026");

    /// <summary>Provisions H2026 (1.2 set to 9 November) for <paramref name="rosterYaml"/> with the clock at <paramref name="provisionedOn"/>.</summary>
    public static async Task<JobsFixture> StartAsync(string rosterYaml, DateOnly provisionedOn, Routine? routineOverride = null, int lcid = 1044)
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        clock.At(provisionedOn, 12);
        var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { TimeProvider = clock }, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePoint:TenantUrl"] = tenant.BaseUri.ToString(),
            ["SharePoint:GraphBaseUrl"] = tenant.GraphBaseUri.ToString(),
            ["SharePoint:Auth"] = "None",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddSharePointClient(configuration).AddRoundProvisioning().AddJobs();
        var services = collection.BuildServiceProvider(validateScopes: true);
        var root = RepositoryRoot.Path;
        var routine = routineOverride ?? RoutineLoader.Load(File.ReadAllText(Path.Combine(root, "templates/routines/stinn-medarbeidersamtaler.yaml")), "stinn", TimeProvider.System).Routine!;
        var roster = RosterLoader.Load(rosterYaml, "roster.yaml").Roster!;
        var blueprint = BlueprintLoader.LoadFile(Path.Combine(root, BlueprintLoader.DefaultPath)).Blueprint! with { Lcid = lcid };
        var forms = FormTemplateLoader.LoadFile(Path.Combine(root, "templates/forms/stinn-medarbeidersamtaler.yaml")).Template!;
        tenant.SeedDirectory([.. roster.People.Select(p => new DirectoryUser(p.Upn, p.Name, "nb-NO")), new DirectoryUser(SiteOwner, "Samtale", "nb-NO")]);
        var design = RoundDesigner.Design(new RoundRequest(blueprint, routine, forms, roster, Term.Parse("H2026"), tenant.BaseUri)
        {
            SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new DateOnly(2026, 11, 9) },
        });
        Assert.Empty(design.Problems);
        var fixture = new JobsFixture(tenant, services, clock, routine, roster, blueprint);
        var reports = await fixture.Get<RoundProvisioner>().ProvisionAsync(design.Design!, SiteOwner, null, CancellationToken.None);
        Assert.All(reports, r => Assert.Empty(r.Failures));
        return fixture;
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Updates the item of a round list whose <paramref name="keyField"/> is <paramref name="key"/> (as a person would).</summary>
    public async Task UpdateAsync(string list, string keyField, string key, params FormValue[] values)
    {
        var item = await FindAsync(list, keyField, key);
        var result = await Get<ItemClient>().UpdateItemAsync(RoundSite, await ListIdAsync(list), item.Id, values, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    public async Task<ListItem> FindAsync(string list, string keyField, string key)
    {
        var items = await Get<ItemClient>().QueryItemsAsync(RoundSite, await ListIdAsync(list), new ItemQuery(["Id", keyField], $"{keyField} eq {ItemFilter.Text(key)}", 10), CancellationToken.None);
        return Assert.Single(items);
    }

    public async Task<IReadOnlyList<ListItem>> ItemsAsync(Uri site, string list, params string[] fields) =>
        await Get<ItemClient>().QueryItemsAsync(site, (await Get<ListClient>().FindListAsync(site, list, CancellationToken.None))!.Id, new ItemQuery(["Id", .. fields], null, 5000), CancellationToken.None);

    public async Task<Guid> ListIdAsync(string list) => (await Get<ListClient>().FindListAsync(RoundSite, list, CancellationToken.None))!.Id;

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
