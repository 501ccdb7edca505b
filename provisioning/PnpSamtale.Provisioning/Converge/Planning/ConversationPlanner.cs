using PnpSamtale.Core.Policies;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// The items of each designed conversation — its item in <c>Samtaler</c>, its form, its measures folder — and its
/// register entry, found through the register's item ids (never through a column the pair can edit): what is missing
/// is made, design values are put back, the form's status is checked against who changed it, and each item is given
/// to the designed pair, nobody else. Conversations the design no longer has keep their items, read-only for the pair
/// the register last named, until they are shredded.
/// </summary>
internal static class ConversationPlanner
{
    public static void Plan(PlanContext context)
    {
        var round = context.Desired.Round ?? throw new InvalidOperationException("Only a round site has conversations.");
        var lists = RoundListTitles.Of(context.Desired);
        var entries = RegisterEntry.Read(context.Actual.Lists.GetValueOrDefault(lists.Register), context.Regional);
        var finder = new ConversationItemFinder(context, lists, entries);
        var designedItems = context.Desired.List(ListRole.Conversations)!.Items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var formFiles = context.Desired.List(ListRole.Forms)!.Files.ToDictionary(f => f.FileName, StringComparer.Ordinal);
        var designed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var design in round.Conversations)
        {
            designed.Add(design.Key);
            var entry = entries.GetValueOrDefault(design.Key);
            var conversation = KeepArchivedPair(context, design, entry);
            var items = finder.Find(conversation, entry);
            var refs = new ConversationRefs(lists, conversation);
            if (entry is not null)
            {
                context.Known.Record(refs.Register, IdValue.Of(entry.ItemId));
            }

            ConversationItem(context, lists, conversation, designedItems[conversation.Key], items.Conversation, refs);
            var (accepted, reverts) = FormAcceptance.Decide(context, round, conversation, items.Form, entry);
            Form(context, lists, conversation, formFiles[conversation.FormFileName], items.Form, accepted, reverts, refs);
            if (lists.Measures is not null)
            {
                Folder(context, lists, conversation, items.Folder, round.Access(accepted.Stage, accepted.Classification), refs);
            }

            Register(context, lists, conversation, entry, items, accepted, refs);
        }

        foreach (var entry in entries.Values.Where(e => !designed.Contains(e.Key)))
        {
            Orphan(context, lists, round, entry);
        }
    }

    /// <summary>
    /// The name a form or folder must have, when someone renamed it (names are design values: they are how the next
    /// conversation's file could be squatted, and how people find their own): put back, and recorded as reverted.
    /// </summary>
    private static IReadOnlyList<FormValue> NameBack(PlanContext context, string list, ActualItem item, string name)
    {
        if (string.Equals(item.LeafName, name, StringComparison.Ordinal))
        {
            return [];
        }

        context.Reverted(list, Fields.FileName, item.Id);
        return [FormValue.Text(Fields.FileName, name)];
    }

    /// <summary>
    /// The conversation as designed — unless its form is archived and the design now names another holder: an archived
    /// form stays with the pair that wrote and archived it (the register's), so whoever takes over the role in
    /// <c>Verv</c> afterwards (the OU included) is not given the archive of their predecessor's conversations.
    /// </summary>
    private static DesiredConversation KeepArchivedPair(PlanContext context, DesiredConversation design, RegisterEntry? entry)
    {
        if (entry is not { HolderId: { } holderId } || FormStages.Parse(entry.Status) != FormStage.Archived
            || context.Actual.Users.GetValueOrDefault(design.HolderUpn, -1) == holderId)
        {
            return design;
        }

        var archivedBy = context.Actual.Users.FirstOrDefault(u => u.Value == holderId).Key;
        return archivedBy is null ? design : design with { HolderUpn = archivedBy };
    }

    private static void ConversationItem(PlanContext context, RoundListTitles lists, DesiredConversation conversation, DesiredItem designed, ActualItem? item, ConversationRefs refs)
    {
        var list = context.Desired.List(ListRole.Conversations)!;
        if (item is null)
        {
            IReadOnlyList<FormValue> values = [.. designed.Owned, .. designed.Initial];
            context.Add(Ops.AddItem(context.Site, lists.Conversations, conversation.Key, _ => values, context.Regional,
                [.. ItemPlanner.ListScope(list), .. ItemPlanner.KeyHeld(list.Title, context.Actual.Lists.GetValueOrDefault(list.Title), list.KeyField, conversation.Key)]));
        }
        else
        {
            ItemPlanner.Update(context, list, designed, item, refs.Conversation);
        }

        var owners = context.Desired.Groups.FirstOrDefault(g => g.Key == RoleGroup.Owners);
        ItemGrants(context, lists.Conversations, refs.Conversation, refs.Register, item,
        [
            .. owners is null ? Array.Empty<DesiredGrant>() : [new DesiredGrant(new GroupRef(owners.Title), RoleTypeKind.Administrator)],
            new DesiredGrant(new UserRef(conversation.HolderUpn), NamedRoleRef.EditWithoutDelete),
            new DesiredGrant(new UserRef(conversation.PartnerUpn), RoleTypeKind.Reader),
        ]);
    }

    private static void Form(
        PlanContext context, RoundListTitles lists, DesiredConversation conversation, DesiredFile file, ActualItem? form, AcceptedForm accepted, List<FormValue> reverts, ConversationRefs refs)
    {
        var list = context.Desired.List(ListRole.Forms)!;
        var designed = file.Item with
        {
            Owned =
            [
                .. file.Item.Owned,
                FormsList.SentOn.ValueOrEmpty(accepted.SentOn),
                FormsList.ConfirmedOn.ValueOrEmpty(accepted.ConfirmedOn),
            ],
        };
        if (form is null)
        {
            context.Add(Ops.UploadFile(context.Site, context.GraphBase, context.Actual.GraphSiteId ?? string.Empty, lists.Forms, file,
                [.. ItemPlanner.ListScope(list), .. ItemPlanner.KeyHeld(list.Title, context.Actual.Lists.GetValueOrDefault(list.Title), Fields.FileName, file.FileName)]));
            IReadOnlyList<FormValue> values = [.. designed.Owned.Where(v => v.FieldValue.Length > 0), .. designed.Initial];
            context.Add(Ops.UpdateItem(context.Site, refs.Form, _ => values, [.. values.Select(v => v.FieldName)], context.Regional, reverts: false, []));
        }
        else
        {
            ItemPlanner.Update(context, list, designed, form, refs.Form, putBack: [.. reverts, .. NameBack(context, list.Title, form, file.FileName)]);
        }

        var access = context.Desired.Round!.Access(accepted.Stage, accepted.Classification);
        ItemGrants(context, lists.Forms, refs.Form, refs.Register, form, PairGrants(context, conversation.HolderUpn, conversation.PartnerUpn, access, holderRole: null));
    }

    private static void Folder(PlanContext context, RoundListTitles lists, DesiredConversation conversation, ActualItem? folder, FormAccess formAccess, ConversationRefs refs)
    {
        var list = context.Desired.List(ListRole.Measures)!;
        // The folder carries its conversation's design values like a measure does (views filter on them), and a title
        // its pair recognises; its name stays opaque.
        var designed = new DesiredItem(conversation.FolderName,
        [
            FormValue.Text(Fields.Title, "Tiltak " + conversation.Title),
            MeasuresList.ConversationKey.Value(conversation.Key),
            MeasuresList.Key.Value(string.Empty),
            MeasuresList.Holder.Value(conversation.HolderUpn),
            MeasuresList.Partner.Value(conversation.PartnerUpn),
            MeasuresList.TermEnd.ValueOrEmpty(conversation.TermEnd),
        ], []);
        if (folder is null)
        {
            IReadOnlyList<FormValue> values = [.. designed.Owned.Where(v => v.FieldValue.Length > 0)];
            context.Add(Ops.CreateFolder(context.Site, lists.Measures!, conversation.FolderName,
                [.. ItemPlanner.ListScope(list), .. ItemPlanner.KeyHeld(list.Title, context.Actual.Lists.GetValueOrDefault(list.Title), Fields.FileName, conversation.FolderName)]));
            context.Add(Ops.UpdateItem(context.Site, refs.Folder!, _ => values, [.. values.Select(v => v.FieldName)], context.Regional, reverts: false, []));
        }
        else
        {
            ItemPlanner.Update(context, list, designed, folder, refs.Folder!, putBack: NameBack(context, list.Title, folder, conversation.FolderName));
        }

        // The holder writes measures in the folder for as long as they are followed up; the partner reads them; the
        // custodians read them when the archived form's classification lets them read the form.
        ItemGrants(context, lists.Measures!, refs.Folder!, refs.Register, folder,
            PairGrants(context, conversation.HolderUpn, conversation.PartnerUpn, formAccess, holderRole: NamedRoleRef.EditWithoutDelete, partnerRole: new RoleRef(RoleTypeKind.Reader)));
    }

    private static void Register(
        PlanContext context, RoundListTitles lists, DesiredConversation conversation, RegisterEntry? entry, ConversationItems items, AcceptedForm accepted, ConversationRefs refs)
    {
        var hasFolder = lists.Measures is not null;
        IReadOnlyList<FormValue> Values(IdBook book) =>
        [
            FormValue.Text(Fields.Title, conversation.Title),
            RegisterList.Key.Value(conversation.Key),
            RegisterList.Holder.Value(conversation.HolderUpn),
            RegisterList.Partner.Value(conversation.PartnerUpn),
            RegisterList.PartnerRole.Value(conversation.PartnerRole ?? string.Empty),
            RegisterList.InRound.Value(true),
            RegisterList.ConversationItem.Value(book.Item(lists.Conversations, conversation.Key)),
            RegisterList.FormItem.Value(book.Item(lists.Forms, conversation.FormFileName)),
            .. hasFolder ? [RegisterList.MeasuresFolder.Value(book.Item(lists.Measures!, conversation.FolderName))] : Array.Empty<FormValue>(),
            RegisterList.Status.Value(accepted.Status),
            RegisterList.Classification.Value(accepted.Classification),
            RegisterList.Confirmed.Value(accepted.Confirmed),
            RegisterList.SentOn.ValueOrEmpty(accepted.SentOn),
            RegisterList.ConfirmedOn.ValueOrEmpty(accepted.ConfirmedOn),
            RegisterList.TermEnd.ValueOrEmpty(conversation.TermEnd),
        ];

        PlanRef[] needs = [refs.Conversation, refs.Form, .. hasFolder ? [refs.Folder!] : Array.Empty<PlanRef>()];
        if (entry is null)
        {
            context.Add(Ops.AddItem(context.Site, lists.Register, conversation.Key, Values, context.Regional, [.. needs, .. ItemPlanner.ListScope(context.Desired.List(ListRole.Register)!)]));
            return;
        }

        var users = context.Actual.Users;
        var same = entry.InRound
            && entry.Title == conversation.Title
            && entry.HolderId == users.GetValueOrDefault(conversation.HolderUpn, -1)
            && entry.PartnerId == users.GetValueOrDefault(conversation.PartnerUpn, -1)
            && (entry.PartnerRole ?? string.Empty) == (conversation.PartnerRole ?? string.Empty)
            && entry.ConversationItem == items.Conversation?.Id
            && entry.FormItem == items.Form?.Id
            && (!hasFolder || entry.MeasuresFolder == items.Folder?.Id)
            && string.Equals(entry.Status, accepted.Status, StringComparison.OrdinalIgnoreCase)
            && string.Equals(entry.Classification, accepted.Classification, StringComparison.OrdinalIgnoreCase)
            && (entry.Confirmed ?? false) == accepted.Confirmed
            && entry.SentOn == accepted.SentOn
            && entry.ConfirmedOn == accepted.ConfirmedOn
            && entry.TermEnd == conversation.TermEnd;
        if (!same)
        {
            context.Add(Ops.UpdateItem(context.Site, refs.Register, Values, ["register"], context.Regional, reverts: false, needs));
        }
    }

    /// <summary>
    /// A conversation the design no longer has (its partner left the role, the pair changed): out of the round in the
    /// register, its items read-only for the pair the register last named (and the custodians as the stage the form
    /// had reached and its classification allow: a form never archived is never opened to them), kept until shredding.
    /// </summary>
    private static void Orphan(PlanContext context, RoundListTitles lists, DesiredRound round, RegisterEntry entry)
    {
        var reference = new ItemRef(lists.Register, entry.Key);
        context.Known.Record(reference, IdValue.Of(entry.ItemId));
        if (entry.InRound)
        {
            IReadOnlyList<FormValue> values = [RegisterList.InRound.Value(false)];
            context.Add(Ops.UpdateItem(context.Site, reference, _ => values, [Fields.InRound], context.Regional, reverts: false, []));
        }

        var pair = new[] { (Id: entry.HolderId, Name: "samtaleansvarlig for " + entry.Key), (Id: entry.PartnerId, Name: "samtalepartner for " + entry.Key) }
            .Where(p => p.Id is not null)
            .Select(p => new DesiredGrant(new PrincipalRef(p.Id!.Value, p.Name), RoleTypeKind.Reader))
            .ToList();
        var access = round.Access(FormStages.Parse(entry.Status), entry.Classification);
        var custodians = access.Custodians == AccessLevel.None ? [] : CustodianGrant(context);
        var owners = context.Desired.Groups.FirstOrDefault(g => g.Key == RoleGroup.Owners);
        OrphanItem(context, lists.Conversations, entry.ConversationItem, entry.Key, reference,
            [.. pair, .. owners is null ? Array.Empty<DesiredGrant>() : [new DesiredGrant(new GroupRef(owners.Title), RoleTypeKind.Administrator)]]);
        OrphanItem(context, lists.Forms, entry.FormItem, entry.Key, reference, [.. pair, .. custodians]);
        if (lists.Measures is not null)
        {
            OrphanItem(context, lists.Measures, entry.MeasuresFolder, entry.Key, reference, [.. pair, .. custodians]);
        }
    }

    private static void OrphanItem(PlanContext context, string list, int? itemId, string key, ItemRef register, IReadOnlyList<DesiredGrant> grants)
    {
        if (itemId is not { } id || context.Actual.Lists.GetValueOrDefault(list)?.Find(id) is not { } item)
        {
            return;
        }

        var reference = new ItemRef(list, "#" + key);
        context.Known.Record(reference, IdValue.Of(id));
        ItemGrants(context, list, reference, register, item, grants);
    }

    /// <summary>The grants of a conversation's form or folder: the pair as <paramref name="access"/> says, and the custodians where it allows.</summary>
    private static List<DesiredGrant> PairGrants(
        PlanContext context, string holder, string partner, FormAccess access, PlanRef? holderRole, PlanRef? partnerRole = null)
    {
        PlanRef? pairRole = access.Pair switch
        {
            AccessLevel.Edit => NamedRoleRef.EditWithoutDelete,
            AccessLevel.Read => new RoleRef(RoleTypeKind.Reader),
            _ => null,
        };
        var grants = new List<DesiredGrant>();
        if ((holderRole ?? pairRole) is { } forHolder)
        {
            grants.Add(new DesiredGrant(new UserRef(holder), forHolder));
        }

        if ((partnerRole ?? pairRole) is { } forPartner)
        {
            grants.Add(new DesiredGrant(new UserRef(partner), forPartner));
        }

        if (access.Custodians != AccessLevel.None)
        {
            grants.AddRange(CustodianGrant(context));
        }

        return grants;
    }

    private static DesiredGrant[] CustodianGrant(PlanContext context) =>
        context.Desired.Groups.FirstOrDefault(g => g.Key == RoleGroup.Custodians) is { } custodians
            ? [new DesiredGrant(new GroupRef(custodians.Title), RoleTypeKind.Reader)]
            : [];

    /// <summary>An item's own permissions; nobody is given anything before the conversation is in the register.</summary>
    private static void ItemGrants(PlanContext context, string list, ItemRef item, ItemRef register, ActualItem? state, IReadOnlyList<DesiredGrant> grants)
    {
        var site = context.Site;
        GrantPlanner.Plan(context, item, book => SecurableScope.Item(site, book.List(list), book.Item(item.List, item.Key)), [new ListRef(list), item, register],
            state is null ? null : new ScopeState(state.HasUnique, state.Assignments), grants);
    }
}

/// <summary>The titles of the round site's lists a conversation has items in.</summary>
internal sealed record RoundListTitles(string Conversations, string Forms, string? Measures, string Register)
{
    public static RoundListTitles Of(DesiredSite site) => new(
        site.List(ListRole.Conversations)!.Title,
        site.List(ListRole.Forms)!.Title,
        site.Round!.HasMeasures ? site.List(ListRole.Measures)?.Title : null,
        site.List(ListRole.Register)!.Title);
}

/// <summary>How the plan names the items of one conversation.</summary>
internal sealed record ConversationRefs(ItemRef Conversation, ItemRef Form, ItemRef? Folder, ItemRef Register)
{
    public ConversationRefs(RoundListTitles lists, DesiredConversation conversation)
        : this(
            new ItemRef(lists.Conversations, conversation.Key),
            new ItemRef(lists.Forms, conversation.FormFileName),
            lists.Measures is null ? null : new ItemRef(lists.Measures, conversation.FolderName),
            new ItemRef(lists.Register, conversation.Key))
    {
    }
}
