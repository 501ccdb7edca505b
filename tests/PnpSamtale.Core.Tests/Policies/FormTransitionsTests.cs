using PnpSamtale.Core.Policies;

namespace PnpSamtale.Core.Tests.Policies;

public sealed class FormTransitionsTests
{
    private static readonly FormState Writing = new(FormStage.InProgress, false);
    private static readonly FormState Sent = new(FormStage.SentToPartner, false);
    private static readonly FormState Confirmed = new(FormStage.Confirmed, true);
    private static readonly FormState Archived = new(FormStage.Archived, true);

    private static FormState? Move(FormState from, FormStage? stage, bool? confirmed, ConversationParty? by) =>
        FormTransitions.Move(Templates.Stinn, from, stage, confirmed, by);

    [Fact]
    public void The_routines_path_is_taken_step_by_step_by_the_person_each_step_is_for()
    {
        var sent = Move(Writing, FormStage.SentToPartner, null, ConversationParty.Holder);
        Assert.Equal(Sent, sent);
        var confirmed = Move(sent!.Value, FormStage.Confirmed, true, ConversationParty.Partner);
        Assert.Equal(Confirmed, confirmed);
        Assert.Equal(Archived, Move(confirmed!.Value, FormStage.Archived, null, ConversationParty.Holder));
    }

    [Theory]
    [InlineData(FormStage.SentToPartner, ConversationParty.Partner)]
    [InlineData(FormStage.SentToPartner, ConversationParty.Outsider)]
    [InlineData(FormStage.Confirmed, ConversationParty.Partner)]
    [InlineData(FormStage.Archived, ConversationParty.Holder)]
    [InlineData(FormStage.Archived, ConversationParty.Partner)]
    public void A_form_being_written_moves_only_when_its_holder_sends_it(FormStage to, ConversationParty by)
    {
        Assert.Null(Move(Writing, to, null, by));
    }

    [Fact]
    public void Nobody_confirms_a_form_that_was_not_sent()
    {
        Assert.Null(Move(Writing, null, true, ConversationParty.Partner));
        Assert.Null(Move(Writing, FormStage.Confirmed, true, ConversationParty.Partner));
    }

    [Fact]
    public void Only_the_partner_confirms_and_only_the_holder_archives()
    {
        Assert.Null(Move(Sent, FormStage.Confirmed, true, ConversationParty.Holder));
        Assert.Null(Move(Sent, null, true, ConversationParty.Holder));
        Assert.Null(Move(Confirmed, FormStage.Archived, null, ConversationParty.Partner));
        Assert.Null(Move(Confirmed, FormStage.Archived, null, ConversationParty.Outsider));
    }

    [Fact]
    public void A_sent_form_is_archived_only_after_its_partner_confirmed_it()
    {
        Assert.Null(Move(Sent, FormStage.Archived, null, ConversationParty.Holder));
        var flagged = Move(Sent, null, true, ConversationParty.Partner);
        Assert.Equal(new FormState(FormStage.SentToPartner, true), flagged);
        Assert.Equal(new FormState(FormStage.Archived, true), Move(flagged!.Value, FormStage.Archived, null, ConversationParty.Holder));
    }

    [Fact]
    public void Re_opening_withdraws_the_confirmation()
    {
        Assert.Equal(Writing, Move(Confirmed, FormStage.InProgress, null, ConversationParty.Holder));
        Assert.Equal(Writing, Move(Confirmed, FormStage.InProgress, true, ConversationParty.Holder));
        Assert.Null(Move(Confirmed, FormStage.InProgress, null, ConversationParty.Partner));
    }

    [Theory]
    [InlineData(FormStage.InProgress, null)]
    [InlineData(FormStage.Confirmed, null)]
    [InlineData(null, false)]
    public void Nothing_of_an_archived_form_changes_by_the_pair(FormStage? stage, bool? confirmed)
    {
        Assert.Null(Move(Archived, stage, confirmed, ConversationParty.Holder));
        Assert.Null(Move(Archived, stage, confirmed, ConversationParty.Partner));
    }

    [Fact]
    public void What_the_product_writes_stands()
    {
        Assert.Equal(Writing, Move(Archived, FormStage.InProgress, false, null));
    }

    [Fact]
    public void Strictly_confidential_is_stricter_than_confidential_and_not_the_other_way()
    {
        Assert.True(FormTransitions.IsStricter(Templates.Stinn, "Strengt konfidensielt", "Konfidensielt"));
        Assert.False(FormTransitions.IsStricter(Templates.Stinn, "Konfidensielt", "Strengt konfidensielt"));
        Assert.False(FormTransitions.IsStricter(Templates.Stinn, "Konfidensielt", "Konfidensielt"));
    }
}
