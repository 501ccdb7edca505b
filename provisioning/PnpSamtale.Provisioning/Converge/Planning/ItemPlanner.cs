using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// A list's designed items: the missing ones added (files uploaded, then described), the design's values written where
/// they differ, initial values where the field is still empty. A design value that a person changed (the item's last
/// editor is not the app) is put back and recorded as a reverted change; the people's own values are never touched
/// once set.
/// </summary>
internal static class ItemPlanner
{
    /// <param name="context">The planning context.</param>
    /// <param name="list">The list and its designed items.</param>
    /// <param name="state">What the list holds, if it exists.</param>
    public static void Plan(PlanContext context, DesiredList list, ActualList? state)
    {
        var identity = Identity(context, list, state);
        foreach (var file in list.Files.Where(f => !identity.ContainsKey(f.Item.Key)))
        {
            context.Add(Ops.UploadFile(context.Site, context.GraphBase, context.Actual.GraphSiteId ?? string.Empty, list.Title, file,
                [.. ListScope(list), .. KeyHeld(list.Title, state, Fields.FileName, file.FileName)]));
        }

        foreach (var entry in list.AllItems)
        {
            var reference = new ItemRef(list.Title, entry.Key);
            if (identity.TryGetValue(entry.Key, out var item))
            {
                context.Known.Record(reference, IdValue.Of(item.Id));
                Update(context, list, entry, item, reference);
            }
            else if (list.Files.Any(f => f.Item.Key == entry.Key))
            {
                IReadOnlyList<FormValue> values = [.. entry.Owned, .. entry.Initial];
                context.Add(Ops.UpdateItem(context.Site, reference, _ => values, [.. values.Select(v => v.FieldName)], context.Regional, reverts: false, []));
            }
            else
            {
                IReadOnlyList<FormValue> values = [.. entry.Owned, .. entry.Initial];
                context.Add(Ops.AddItem(context.Site, list.Title, entry.Key, _ => values, context.Regional, [.. ListScope(list), .. KeyHeld(list.Title, state, list.KeyField, entry.Key)]));
            }
        }
    }

    /// <summary>
    /// The values of an existing item to write: changed design values, and initial values still empty. In a list the
    /// round's people edit, a design value a person set (its versions say who) is put back and recorded as reverted; one
    /// the app set (the design changed: the OU moved a role, a date was set) is simply written.
    /// </summary>
    /// <param name="context">The planning context.</param>
    /// <param name="list">The list.</param>
    /// <param name="entry">The designed item.</param>
    /// <param name="item">The item as it is.</param>
    /// <param name="reference">How the plan names it.</param>
    /// <param name="needs">What else must be known first.</param>
    /// <param name="putBack">Values put back that were judged elsewhere (a form's status), written with the rest.</param>
    public static void Update(
        PlanContext context, DesiredList list, DesiredItem entry, ActualItem item, ItemRef reference, IReadOnlyList<PlanRef>? needs = null, IReadOnlyList<FormValue>? putBack = null)
    {
        var kinds = list.Blueprint.Columns.ToDictionary(c => c.Definition.Name, c => c.Definition.Kind, StringComparer.Ordinal);
        ColumnKind KindOf(string field) => kinds.TryGetValue(field, out var kind) ? kind : ColumnKind.Text;
        var changed = entry.Owned.Where(v => !ValueComparer.Same(item, v, KindOf(v.FieldName), context.Actual.Users, context.Regional)).ToList();
        var empty = entry.Initial.Where(v => ValueComparer.IsEmpty(item, v.FieldName, KindOf(v.FieldName))).ToList();
        putBack ??= [];
        if (changed.Count + empty.Count + putBack.Count == 0)
        {
            return;
        }

        var reverts = putBack.Count > 0;
        var app = context.Actual.AppUserId;
        if (IsPeoplesList(list) && item.EditorId is { } editor && editor != app)
        {
            var versions = context.Versions(list.Title, item.Id);
            foreach (var value in changed)
            {
                var setter = versions is null ? null : ChangeAuthors.SetterOf(versions, item, value.FieldName, KindOf(value.FieldName));
                if (setter is null || setter.EditorId != app)
                {
                    context.Reverted(list.Title, value.FieldName, item.Id);
                    reverts = true;
                }
            }
        }

        IReadOnlyList<FormValue> write = [.. changed, .. empty.Where(v => !putBack.Any(p => p.FieldName == v.FieldName)), .. putBack];
        var update = Ops.UpdateItem(context.Site, reference, _ => write, [.. write.Select(v => v.FieldName)], context.Regional, reverts, needs ?? []);
        var freed = write.FirstOrDefault(v => v.FieldName == list.KeyField || v.FieldName == Fields.FileName)?.FieldName;
        context.Add(freed is not null && Held(item, freed) is { } held ? update with { Produces = Freed(list.Title, freed, held) } : update);
    }

    /// <summary>
    /// What adding the item whose <paramref name="field"/> (its key column, or <c>FileLeafRef</c> for a file's or
    /// folder's name) is <paramref name="value"/> must wait for: when another item holds that value (someone wrote it
    /// there), that item's value being put back — or the add would be refused as a duplicate, or an upload would fail.
    /// </summary>
    public static IReadOnlyList<PlanRef> KeyHeld(string list, ActualList? state, string field, string value) =>
        state?.Items.Any(i => string.Equals(Held(i, field), value, field == Fields.FileName ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) == true
            ? [Freed(list, field, value)]
            : [];

    /// <summary>The value freed, as SharePoint compares it: names without regard to case.</summary>
    private static KeyFreedRef Freed(string list, string field, string value) =>
        new(list, field, field == Fields.FileName ? value.ToUpperInvariant() : value);

    private static string? Held(ActualItem item, string field) => field == Fields.FileName ? item.LeafName : item.Text(field);

    /// <summary>The existing items of a list by designed key (<see cref="Identify"/>), the same for every planner of one plan.</summary>
    public static IReadOnlyDictionary<string, ActualItem> Identity(PlanContext context, DesiredList list, ActualList? state) =>
        context.Identity(list.Title, () => Identify(context, list, state));

    /// <summary>
    /// The existing items by designed key: by the key column; and, in a list the round's people edit, an item whose key
    /// someone changed by the key its first version had — the app made it, and versions cannot be deleted by the people
    /// of the round — so a changed key is put back rather than the item made again.
    /// </summary>
    private static Dictionary<string, ActualItem> Identify(PlanContext context, DesiredList list, ActualList? state)
    {
        var identity = ByKeyColumn(state, list.KeyField);
        var designed = list.AllItems.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        if (state is null || !IsPeoplesList(list) || designed.All(identity.ContainsKey))
        {
            return identity;
        }

        var matched = identity.Where(i => designed.Contains(i.Key)).Select(i => i.Value.Id).ToHashSet();
        foreach (var item in state.Items.Where(i => !i.IsFolder && !matched.Contains(i.Id)))
        {
            var versions = context.Versions(list.Title, item.Id);
            var first = versions?.OrderBy(v => v.VersionId).FirstOrDefault();
            if (first?.EditorId == context.Actual.AppUserId && first.Text(list.KeyField) is { } original && designed.Contains(original) && !identity.ContainsKey(original))
            {
                identity[original] = item;
            }
        }

        return identity;
    }

    /// <summary>The existing items of a list by the values of its key column (the first of each key).</summary>
    public static Dictionary<string, ActualItem> ByKeyColumn(ActualList? state, string keyField)
    {
        var index = new Dictionary<string, ActualItem>(StringComparer.Ordinal);
        foreach (var item in state?.Items ?? [])
        {
            if (!item.IsFolder && item.Text(keyField) is { Length: > 0 } key)
            {
                index.TryAdd(key, item);
            }
        }

        return index;
    }

    /// <summary>
    /// What an item added to the list must wait for: the list's own permissions, when it is to have them, so that
    /// nothing is ever added while the list still inherits the web's (where everyone in the round reads).
    /// </summary>
    public static IReadOnlyList<PlanRef> ListScope(DesiredList list) =>
        list.Blueprint.Permissions is null ? [] : [new UniqueScopeRef(new ListRef(list.Title))];

    /// <summary>Whether the round's people edit this list's items (so a changed design value is tampering).</summary>
    public static bool IsPeoplesList(DesiredList list) => list.Blueprint.ItemPermissions != ItemPermissions.None;
}
