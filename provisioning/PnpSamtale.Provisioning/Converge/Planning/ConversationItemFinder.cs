using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>The items of one conversation as they stand (<c>null</c> where missing).</summary>
internal sealed record ConversationItems(ActualItem? Conversation, ActualItem? Form, ActualItem? Folder);

/// <summary>
/// Finds a conversation's items by the ids in its register entry. Without an entry (the run that made the items stopped
/// before registering them) an item is taken by its designed key or name only if nobody but the app ever changed it,
/// and no other entry claims it: nobody had access to it yet, so nobody can have pointed it elsewhere. An item the
/// entry names that is gone (deleted by someone who could edit it) is made again and the deletion recorded.
/// </summary>
internal sealed class ConversationItemFinder
{
    private readonly PlanContext context;
    private readonly RoundListTitles lists;
    private readonly Dictionary<string, HashSet<int>> claimed = new(StringComparer.OrdinalIgnoreCase);

    public ConversationItemFinder(PlanContext context, RoundListTitles lists, IReadOnlyDictionary<string, RegisterEntry> entries)
    {
        this.context = context;
        this.lists = lists;
        claimed[lists.Conversations] = [.. entries.Values.Select(e => e.ConversationItem).OfType<int>()];
        claimed[lists.Forms] = [.. entries.Values.Select(e => e.FormItem).OfType<int>()];
        if (lists.Measures is { } measures)
        {
            claimed[measures] = [.. entries.Values.Select(e => e.MeasuresFolder).OfType<int>()];
        }
    }

    public ConversationItems Find(DesiredConversation conversation, RegisterEntry? entry)
    {
        var refs = new ConversationRefs(lists, conversation);
        var item = Find(lists.Conversations, refs.Conversation, entry?.ConversationItem, i => !i.IsFolder && ConversationsList.Key.Read(i.Item) == conversation.Key);
        var form = Find(lists.Forms, refs.Form, entry?.FormItem, i => string.Equals(i.LeafName, conversation.FormFileName, StringComparison.OrdinalIgnoreCase));
        var folder = lists.Measures is { } measures
            ? Find(measures, refs.Folder!, entry?.MeasuresFolder, i => i.IsFolder && string.Equals(i.LeafName, conversation.FolderName, StringComparison.OrdinalIgnoreCase))
            : null;
        return new ConversationItems(item, form, folder);
    }

    private ActualItem? Find(string list, ItemRef reference, int? registeredId, Func<ActualItem, bool> designed)
    {
        var state = context.Actual.Lists.GetValueOrDefault(list);
        ActualItem? found;
        if (registeredId is { } id)
        {
            found = state?.Find(id);
            if (found is null && state is not null)
            {
                context.Reverted(list, "(slettet)", id);
            }
        }
        else
        {
            var app = context.Actual.AppUserId;
            var mine = claimed.GetValueOrDefault(list) ?? [];
            found = state?.Items.FirstOrDefault(i => designed(i) && i.EditorId == app && !mine.Contains(i.Id));
        }

        if (found is not null)
        {
            context.Known.Record(reference, IdValue.Of(found.Id));
            if (found.IsFolder && found.ServerRelativeUrl is { } path)
            {
                context.Known.RecordFolderPath(reference.List, reference.Key, path);
            }
        }

        return found;
    }
}
