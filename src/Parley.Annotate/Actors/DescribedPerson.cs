using Parley.Core;

namespace Parley.Annotate.Actors;

/// <summary>
/// A person the knowledge base does not list, recognised from how news introduces people:
/// "NAME, a ROLE at ORG", "ROLE NAME", "COUNTRY's ROLE NAME", "NAME, COUNTRY's ROLE", "NAME, who ...",
/// or "NAME said". <see cref="Description"/> is kept exactly as printed. <see cref="IsTitledSurname"/>: a title and one
/// word ("Archbishop Tutu"), which is the person named in full earlier in the article when there is one.
/// </summary>
internal sealed record DescribedPerson(TextSpan NameSpan, string Name, TextSpan? DescriptionSpan, string? Description, int FirstToken, int EndToken,
    bool IsTitledSurname = false);
