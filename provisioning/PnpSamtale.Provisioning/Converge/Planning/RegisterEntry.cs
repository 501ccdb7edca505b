using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>What the register (owners only) says of one conversation.</summary>
internal sealed record RegisterEntry(
    string Key,
    string? Title,
    int ItemId,
    int? HolderId,
    int? PartnerId,
    string? PartnerRole,
    bool InRound,
    int? ConversationItem,
    int? FormItem,
    int? MeasuresFolder,
    string? Status,
    string? Classification,
    bool? Confirmed,
    DateOnly? SentOn,
    DateOnly? ConfirmedOn,
    DateOnly? TermEnd)
{
    /// <summary>The register's entries by conversation key.</summary>
    public static Dictionary<string, RegisterEntry> Read(ActualList? register, RegionalSettings regional)
    {
        var entries = new Dictionary<string, RegisterEntry>(StringComparer.Ordinal);
        foreach (var row in register?.Items ?? [])
        {
            var item = row.Item;
            if (RegisterList.Key.Read(item) is not { } key)
            {
                continue;
            }

            entries.TryAdd(key, new RegisterEntry(
                key,
                row.Text(Blueprints.Fields.Title),
                row.Id,
                RegisterList.Holder.Read(item),
                RegisterList.Partner.Read(item),
                RegisterList.PartnerRole.Read(item),
                RegisterList.InRound.Read(item) == true,
                RegisterList.ConversationItem.ReadInt(item),
                RegisterList.FormItem.ReadInt(item),
                RegisterList.MeasuresFolder.ReadInt(item),
                RegisterList.Status.Read(item),
                RegisterList.Classification.Read(item),
                RegisterList.Confirmed.Read(item),
                RegisterList.SentOn.Read(item, regional),
                RegisterList.ConfirmedOn.Read(item, regional),
                RegisterList.TermEnd.Read(item, regional)));
        }

        return entries;
    }
}
