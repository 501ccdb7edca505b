using PnpSamtale.Provisioning.Blueprints;

namespace PnpSamtale.Jobs.Tests.Trust;

/// <summary>
/// The StInn round the attacks are tried on: OU leader Kari (the OU: site owners), OrgKons Per (custodian), NL-AU
/// Sofie holding five conversations, NL-SRU Ella both Sofie's partner and holder of her own conversation with Mia.
/// Lars's and Mia's terms end at New Year; the others' continue.
/// </summary>
internal static class TrustRound
{
    public const string Roster = """
        organisation: StInn
        people:
          - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Per Arkiv, upn: per@stinn.example, roles: [{ role: OrgKons, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Jonas Hagen, upn: jonas@stinn.example, roles: [{ role: L-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Lars Moen, upn: lars@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
          - { name: Emma Solberg, upn: emma@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Oskar Pedersen, upn: oskar@stinn.example, roles: [{ role: L-SRU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Ella Larsen, upn: ella@stinn.example, roles: [{ role: NL-SRU, campus: Trondheim, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Mia Dahl, upn: mia@stinn.example, roles: [{ role: SRU, campus: Trondheim, from: 2026-07-01, to: 2026-12-31 }] }
        """;

    public const string Kari = "kari@stinn.example";
    public const string Per = "per@stinn.example";
    public const string Sofie = "sofie@stinn.example";
    public const string Jonas = "jonas@stinn.example";
    public const string Lars = "lars@stinn.example";
    public const string Emma = "emma@stinn.example";
    public const string Oskar = "oskar@stinn.example";
    public const string Ella = "ella@stinn.example";
    public const string Mia = "mia@stinn.example";

    public static readonly string LarsKey = "H2026/3.2/" + Lars;
    public static readonly string EmmaKey = "H2026/3.2/" + Emma;
    public static readonly string JonasKey = "H2026/3.1/" + Jonas;
    public static readonly string MiaKey = "H2026/4.1/" + Mia;

    /// <summary>Everyone, and the outsider.</summary>
    public static readonly string[] People = [Kari, Per, Sofie, Jonas, Lars, Emma, Oskar, Ella, Mia, JobsFixture.Outsider];

    /// <summary>Provisions the round on 15 October 2026.</summary>
    public static Task<JobsFixture> StartAsync() => JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));

    public static string Forms(JobsFixture fixture) => fixture.Blueprint.Round.List(ListRole.Forms).Title;

    public static string Measures(JobsFixture fixture) => fixture.Blueprint.Round.List(ListRole.Measures).Title;

    public static string Conversations(JobsFixture fixture) => fixture.Blueprint.Round.List(ListRole.Conversations).Title;

    public static string Steps(JobsFixture fixture) => fixture.Blueprint.Round.List(ListRole.Steps).Title;

    public static string Holds(JobsFixture fixture) => fixture.Blueprint.Round.List(ListRole.Holds).Title;
}
