namespace PnpSamtale.LocalTenant.Lists;

/// <summary>The field types of the wire subset (<c>TypeAsString</c>) and their <c>FieldTypeKind</c> numbers.</summary>
internal static class FieldTypes
{
    /// <summary>Single line of text.</summary>
    public const string Text = "Text";

    /// <summary>Multiple lines of text.</summary>
    public const string Note = "Note";

    /// <summary>A number (double).</summary>
    public const string Number = "Number";

    /// <summary>Yes/no.</summary>
    public const string Boolean = "Boolean";

    /// <summary>Date and time.</summary>
    public const string DateTime = "DateTime";

    /// <summary>One of a set of choices.</summary>
    public const string Choice = "Choice";

    /// <summary>A person (the site user id).</summary>
    public const string User = "User";

    /// <summary>The item id.</summary>
    public const string Counter = "Counter";

    /// <summary>The file name of a library item.</summary>
    public const string File = "File";

    /// <summary>The <c>FieldTypeKind</c> of a type.</summary>
    public static int Kind(string typeAsString) => typeAsString switch
    {
        Text => 2,
        Note => 3,
        DateTime => 4,
        Counter => 5,
        Choice => 6,
        Boolean => 8,
        Number => 9,
        File => 18,
        User => 20,
        _ => 0,
    };

    /// <summary>The columns every list has; libraries add FileLeafRef.</summary>
    public static IReadOnlyList<FieldDefinition> BuiltIn(bool library)
    {
        var fields = new List<FieldDefinition>
        {
            new("ID", "ID", Counter, false, false, false, [], true),
            new("Title", "Title", Text, false, !library, false, [], true),
            new("Created", "Created", DateTime, false, false, false, [], true),
            new("Modified", "Modified", DateTime, false, false, false, [], true),
        };
        if (library)
        {
            fields.Add(new("FileLeafRef", "Name", File, false, true, false, [], true));
        }

        return fields;
    }
}
