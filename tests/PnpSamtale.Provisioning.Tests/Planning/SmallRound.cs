using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Provisioning.Tests.Planning;

/// <summary>
/// The smallest real round: the shipped NTNU routine and blueprint with a manager, two employees (one of them
/// delegated to the other manager) and HR, designed for 2027 on contoso.
/// </summary>
internal static class SmallRound
{
    public static readonly Uri Tenant = new("https://contoso.sharepoint.com");

    public static RoundDesign Design()
    {
        var root = RepositoryRoot.Path;
        var routine = RoutineLoader.LoadOrThrow(File.ReadAllText(Path.Combine(root, "templates/routines/ntnu-medarbeidersamtale.yaml")), "ntnu.yaml");
        var forms = FormTemplateLoader.LoadFile(Path.Combine(root, "templates/forms/ntnu-medarbeidersamtale.yaml")).Template!;
        var blueprint = BlueprintLoader.LoadFile(Path.Combine(root, BlueprintLoader.DefaultPath)).Blueprint!;
        var roster = RosterLoader.LoadOrThrow(
            """
            organisation: NTNU, Institutt for eksempelfag
            people:
              - { name: Randi Lunde, upn: randi.lunde@ntnu.example, roles: [{ role: Leder }] }
              - { name: Anne Sæther, upn: anne.saether@ntnu.example, manager: randi.lunde@ntnu.example, category: teknisk-administrativ, roles: [{ role: Medarbeider }] }
              - { name: Hanne Ryan, upn: hanne.ryan@ntnu.example, roles: [{ role: HR }] }
            """, "small.yaml");
        var designed = RoundDesigner.Design(new RoundRequest(blueprint, routine, forms, roster, Term.Parse("2027"), Tenant)
        {
            SetDates = new Dictionary<StepId, DateOnly>(),
        });
        return designed.Design ?? throw new InvalidOperationException(string.Join("; ", designed.Problems));
    }
}
