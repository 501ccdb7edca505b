namespace PnpSamtale.SharePoint.Http;

/// <summary>A collection answer: <c>{"value":[…]}</c>.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="Value">The elements.</param>
internal sealed record ValueList<T>(IReadOnlyList<T> Value);
