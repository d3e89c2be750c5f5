namespace Parley.Knowledge;

/// <summary>A person's stable kebab-case id in the knowledge base, e.g. <c>xi-jinping</c>.</summary>
public readonly record struct PersonId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>An office's stable kebab-case id, e.g. <c>chn-president</c>.</summary>
public readonly record struct OfficeId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>A polity's ISO 3166-1 alpha-3 code (or the code archives use for a former state, e.g. <c>SUN</c>).</summary>
public readonly record struct CountryCode(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
