using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Jobs.Rounds;
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

    private JobsFixture(LocalTenantServer tenant, ServiceProvider services, ManualClock clock, Routine routine, Roster roster, Blueprint blueprint, FormTemplate forms)
    {
        Tenant = tenant;
        this.services = services;
        Clock = clock;
        Routine = routine;
        Roster = roster;
        Blueprint = blueprint;
        Forms = forms;
        Scope = new JobScope(blueprint, tenant.BaseUri, id => id == routine.Id ? routine : null) { Forms = id => id == routine.Id ? forms : null };
    }

    public LocalTenantServer Tenant { get; }

    public ManualClock Clock { get; }

    public Routine Routine { get; }

    public Roster Roster { get; }

    public Blueprint Blueprint { get; }

    public JobScope Scope { get; }

    public FormTemplate Forms { get; }

    /// <summary>Someone who is not in the roster (but is in the directory): the outsider every attack tries to let in.</summary>
    public const string Outsider = "mallory@stinn.example";

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
        tenant.SeedDirectory([.. roster.People.Select(p => new DirectoryUser(p.Upn, p.Name, "nb-NO")), new DirectoryUser(SiteOwner, "Samtale", "nb-NO"), new DirectoryUser(Outsider, "Mallory Utenfor", "nb-NO")]);
        var design = RoundDesigner.Design(new RoundRequest(blueprint, routine, forms, roster, Term.Parse("H2026"), tenant.BaseUri)
        {
            SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = new DateOnly(2026, 11, 9) },
        });
        Assert.Empty(design.Problems);
        var fixture = new JobsFixture(tenant, services, clock, routine, roster, blueprint, forms);
        var reports = await fixture.Get<RoundProvisioner>().ProvisionAsync(design.Design!, SiteOwner, null, CancellationToken.None);
        Assert.All(reports, r => Assert.Empty(r.Failures));
        return fixture;
    }

    /// <summary>The round as the jobs read it: the register with the items its ids name, and the holds.</summary>
    public async Task<RoundContent> ContentAsync()
    {
        var reader = Get<SiteContentReader>();
        var admin = await AdminState.ReadAsync(reader, Scope, [], CancellationToken.None);
        return await RoundContent.ReadAsync(reader, Scope, admin.Rounds.Single(r => r.Term == "H2026"), CancellationToken.None);
    }

    /// <summary>The register's entry of a conversation, with its items.</summary>
    public async Task<RegisteredConversation> ConversationAsync(string key) => (await ContentAsync()).Registered.Single(r => r.Key == key);

    /// <summary>Someone of the round working in the browser: every request with their permissions.</summary>
    public ActingPerson As(string upn) => new(this, upn);

    /// <summary>The OU places a legal hold on a conversation (in <c>Tilbakehold</c>, which only the OU can write).</summary>
    public async Task HoldAsync(string key, string reason)
    {
        var result = await Get<ItemClient>().AddItemAsync(RoundSite, await ListIdAsync(Blueprint.Round.List(ListRole.Holds).Title),
            [FormValue.Text(Fields.Title, key), FormValue.Text(Fields.ConversationKey, key), FormValue.Text(Fields.LegalHoldReason, reason)], CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    /// <summary>The holder of a conversation adds a measure in its folder, as they would in the browser.</summary>
    public async Task<int> AddMeasureAsync(string holder, string key, string title, DateOnly? deadline = null)
    {
        var conversation = await ConversationAsync(key);
        var values = new List<FormValue> { FormValue.Text(Fields.Title, title) };
        if (deadline is { } day)
        {
            values.Add(FormValue.Date(Fields.MeasureDeadline, day));
        }

        using var person = As(holder);
        var id = await person.AddInFolderAsync(Blueprint.Round.List(ListRole.Measures).Title, conversation.Folder!.GetString("FileRef")!, [.. values]);
        return id ?? throw new InvalidOperationException($"{holder} could not add a measure to {key}");
    }

    /// <summary>Reconciles H2026 and asserts nothing failed.</summary>
    public async Task<RoundReconciliation> ReconcileAsync()
    {
        var result = Assert.Single(await Get<Reconciler>().ReconcileAsync(Scope, "H2026", null, CancellationToken.None));
        Assert.Empty(result.Problems);
        Assert.Empty(result.Failures);
        return result;
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

    /// <summary>Updates the item of a round list whose <paramref name="keyField"/> is <paramref name="key"/> as <paramref name="upn"/>, who must be allowed to.</summary>
    public async Task UpdateAsAsync(string upn, string list, string keyField, string key, params FormValue[] values)
    {
        var item = await FindAsync(list, keyField, key);
        using var person = As(upn);
        Assert.True(await person.UpdateAsync(list, item.Id, values), $"{upn} could not write {string.Join(", ", values.Select(v => v.FieldName))} of {list}[{key}]");
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
