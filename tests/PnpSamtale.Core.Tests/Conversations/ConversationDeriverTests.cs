using PnpSamtale.Core.Conversations;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Conversations;

public sealed class ConversationDeriverTests
{
    private static readonly DateOnly Start = new(2026, 10, 21);
    private static readonly DateOnly End = new(2026, 12, 31);

    private static ConversationDerivation Derive(Roster roster) =>
        ConversationDeriver.Derive(Templates.Stinn, roster, Term.Parse("H2026"), Start, End);

    [Fact]
    public void Derive_ExampleRoster_PairsEveryFilledRole()
    {
        var result = Derive(Templates.StinnRoster);
        Assert.Equal(19, result.Conversations.Count);
        var pairs = result.Conversations.Select(c => $"{c.Step}:{c.Holder.Name}->{c.Partner.Name}").ToHashSet();
        Assert.Contains("3.1:Sofie Bakken->Jonas Hagen", pairs);
        Assert.Contains("3.10:Thea Lund->Sofie Bakken", pairs);
        Assert.Contains("3.9:Sofie Bakken->Thea Lund", pairs);
    }

    [Fact]
    public void Derive_PerCampus_PairsWithinEachCampus()
    {
        var sru = Derive(Templates.StinnRoster).Conversations.Where(c => c.Step == StepId.Parse("4.1")).ToList();
        Assert.All(sru, c => Assert.Equal(c.Holder.Roles.Single(r => r.Role == "NL-SRU").Campus, c.Campus));
        Assert.Equal(2, sru.Count(c => c.Campus == "Gjøvik"));
        Assert.Equal(2, sru.Count(c => c.Campus == "Trondheim"));
    }

    [Fact]
    public void Derive_ExampleRoster_ReportsVacancyMisspeltRoleAndTwoRoles()
    {
        var problems = Derive(Templates.StinnRoster).Problems.Select(p => p.Message).ToList();
        Assert.Contains("3.5: vervet L-VK er ledig (meldt i rosteret); ingen samtale blir planlagt.", problems);
        Assert.Contains("3.4: ingen i rosteret har rollen L-KKU (mente rutinen L-KKV?); ingen samtale blir planlagt.", problems);
        Assert.Contains(problems, p => p.StartsWith("Ingrid Haugen har flere verv (VK, OU)", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_PersonHoldingBothSides_IsReportedNotPaired()
    {
        var roster = Templates.StinnRoster with
        {
            People = [.. Templates.StinnRoster.People.Select(p => p.Upn == "thea.lund@stinn.example" ? p with { Roles = [.. p.Roles, new RoleAssignment("P-ST", null, null, null, null)] } : p)],
        };
        var result = Derive(roster);
        Assert.Contains(result.Problems, p => p.Message.StartsWith("3.6: Thea Lund ville hatt medarbeidersamtale med seg selv", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Conversations, c => c.Holder.Upn == c.Partner.Upn);
    }

    [Fact]
    public void Derive_TwoHoldersForOneRole_IsReportedAsUnassigned()
    {
        var extra = new Person { Upn = "ny.nestleder@stinn.example", Name = "Ny Nestleder", Roles = [new RoleAssignment("NL-AU", null, null, null, null)] };
        var result = Derive(Templates.StinnRoster with { People = [.. Templates.StinnRoster.People, extra] });
        Assert.Contains(result.Problems, p => p.Message.StartsWith("3.1: flere har rollen NL-AU (Sofie Bakken, Ny Nestleder)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Conversations, c => c.Step == StepId.Parse("3.1"));
    }

    [Fact]
    public void Derive_RoleWhoseTermHasEnded_IsNotPaired()
    {
        var result = ConversationDeriver.Derive(Templates.Stinn, Templates.StinnRoster, Term.Parse("V2027"), new DateOnly(2027, 2, 22), new DateOnly(2027, 6, 30));
        Assert.DoesNotContain(result.Conversations, c => c.Partner.Name == "William Berge"); // SRU term ended 2026-12-31
        Assert.Contains(result.Conversations, c => c.Partner.Name == "Sara Olsen");
    }

    [Fact]
    public void Derive_RosterRoleTheRoutineDoesNotUse_IsReported()
    {
        var extra = new Person { Upn = "kasserer@stinn.example", Name = "Kari Kasserer", Roles = [new RoleAssignment("Kasserer", null, null, null, null)] };
        var result = Derive(Templates.StinnRoster with { People = [.. Templates.StinnRoster.People, extra] });
        Assert.Contains(result.Problems, p => p.Message.StartsWith("Rosteret har rollen Kasserer, som rutinen ikke bruker", StringComparison.Ordinal));
    }

    [Fact]
    public void Conversation_Key_IsRoundStepPartner_SoItSurvivesAChangeOfHolder()
    {
        var conversation = Derive(Templates.StinnRoster).Conversations.First(c => c.Step == StepId.Parse("3.1"));
        Assert.Equal("H2026/3.1/jonas.hagen@stinn.example", conversation.Key);
        Assert.Equal(conversation.Key, (conversation with { Holder = conversation.Partner }).Key);
    }
}
