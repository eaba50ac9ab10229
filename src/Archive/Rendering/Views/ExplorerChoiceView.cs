namespace Archive.Rendering.Views;

/// <summary>A choice of an explorer filter: the key rows carry (<c>kataib-hezbollah</c>) and its label, with the count of offers.</summary>
public sealed record ExplorerChoiceView(string Key, string Label, int Count);
