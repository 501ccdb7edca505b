using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// The measures holders add in their conversations' folders: each belongs to the conversation whose folder (by the
/// register's id) it is in, whatever its columns say, and gets that conversation's key, a measure key from its own id,
/// the pair and the term end written on it (put back if someone changes them). Its title, description, deadline and
/// status are the holder's. It needs no permissions of its own: it inherits its folder's from the moment it exists.
/// </summary>
internal static class MeasurePlanner
{
    public static void Plan(PlanContext context)
    {
        var round = context.Desired.Round!;
        var list = context.Desired.List(ListRole.Measures);
        if (!round.HasMeasures || list is null || context.Actual.Lists.GetValueOrDefault(list.Title) is not { } state)
        {
            return;
        }

        var folders = new List<(string Path, DesiredConversation Conversation)>();
        foreach (var conversation in round.Conversations)
        {
            if (context.Known.FolderPath(list.Title, conversation.FolderName) is { } path)
            {
                folders.Add((path.TrimEnd('/'), conversation));
            }
        }

        foreach (var item in state.Items.Where(i => !i.IsFolder))
        {
            var directory = item.DirectoryUrl?.TrimEnd('/') ?? string.Empty;
            var owner = folders.FirstOrDefault(f => string.Equals(directory, f.Path, StringComparison.OrdinalIgnoreCase)
                || directory.StartsWith(f.Path + "/", StringComparison.OrdinalIgnoreCase));
            if (owner.Conversation is not { } conversation)
            {
                continue;
            }

            var key = RoundDesigner.MeasureKey(conversation.Key, item.Id);
            var reference = new ItemRef(list.Title, key);
            context.Known.Record(reference, IdValue.Of(item.Id));
            var designed = new DesiredItem(key,
            [
                MeasuresList.ConversationKey.Value(conversation.Key),
                MeasuresList.Key.Value(key),
                MeasuresList.Holder.Value(conversation.HolderUpn),
                MeasuresList.Partner.Value(conversation.PartnerUpn),
                MeasuresList.TermEnd.ValueOrEmpty(conversation.TermEnd),
            ],
            [MeasuresList.Status.Value("Åpen")]);
            ItemPlanner.Update(context, list, designed, item, reference);
        }
    }
}
