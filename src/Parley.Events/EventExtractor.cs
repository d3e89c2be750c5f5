using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Parley.Annotate;
using Parley.Annotate.Actors;
using Parley.Annotate.Sentences;
using Parley.Annotate.Time;
using Parley.Annotate.Tokens;
using Parley.Core;
using Parley.Events.Participants;
using Parley.Events.Stance;
using Parley.Events.Triggers;
using Parley.Knowledge;
using Parley.Knowledge.Text;

namespace Parley.Events;

/// <summary>
/// The event stage: an <see cref="AnnotatedArticle"/> in, its events out. Triggers come from
/// data (event-triggers.tsv); the code handles the grammar news uses around them: the subject
/// before and the object after a verb, light verbs ("made a video call to"), "A and B spoke",
/// coordination with ellipsis ("a video call to Putin, and a phone call with Trump" is two calls
/// by the same caller), possessive nominals ("Trump's April trip to China"), "the call between A
/// and B", and later mentions that add a duration or topics to an event already found.
/// Thread-safe.
/// </summary>
public sealed class EventExtractor
{
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "between", "among");
    private static readonly FrozenSet<string> Definite = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "this", "that", "his", "her", "their", "its", "these");
    private static readonly FrozenSet<string> NeedsObjectAndTo = FrozenSet.Create(StringComparer.Ordinal, "want", "wants", "wanted", "ask", "asks", "asking");

    // Visits told by being somewhere ("was in Tokyo", "is due in Delhi", "spent two days in Lima", "heading on Friday to Quito"):
    // a visit only when a place follows, and not in the visitor's own country.
    private static readonly FrozenSet<string> PresenceRows = FrozenSet.Create(StringComparer.Ordinal,
        "was in", "is in", "were in", "be in", "been in", "due in", "spent", "heading", "headed");

    private static readonly FrozenSet<string> StayLengths = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "day", "days", "night", "nights", "week", "weeks", "weekend", "hours", "month", "months");
    internal static readonly FrozenSet<string> ClauseBreaks = FrozenSet.Create(StringComparer.Ordinal, ";", ":", "(", ")");
    private readonly KnowledgeBase _knowledge;
    private readonly EventTriggers _triggers;

    /// <summary>Builds the stage over a knowledge base (for country names) and a trigger lexicon (the shipped one when null).</summary>
    public EventExtractor(KnowledgeBase knowledge, EventTriggers? triggers = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _triggers = triggers ?? EventTriggers.Shipped;
    }

    /// <summary>The events of one article, merged so that one real event is one record.</summary>
    public ImmutableArray<EventRecord> Extract(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var participants = new ParticipantIndex(article, _knowledge);
        var found = new List<Draft>();
        var told = new List<Draft>(); // every act as told, in text order, for "the move" and "both sides" to point back at
        foreach (Sentence sentence in article.Sentences)
        {
            Draft? previous = null;
            // One folded word view per sentence, shared by the trigger and stance matchers.
            var words = WordView.Of(article.Text, article.Tokens, sentence.FirstToken, sentence.EndToken);
            List<(EventTrigger Trigger, int First, int End)> triggers = [.. Triggers(article, sentence, words)];
            int[] starts = [.. triggers.Select(trigger => trigger.First)];
            foreach ((EventTrigger trigger, int first, int end) in triggers)
            {
                (int floor, bool sameAsHead) = HeadOf(article, sentence, triggers, trigger, first);
                // "signed a deal", "attended the summit": the verb already tells the event its object names.
                // "pledged to write off", "agreed to release": an infinitive after another act is intended, not done.
                if (sameAsHead || IsComplementOf(article, triggers, trigger, first))
                {
                    continue;
                }

                if (trigger.Type == "THREATEN" && !trigger.IsNoun && IsReportedWarning(article, sentence, participants, end))
                {
                    continue;
                }

                if (NeedsObjectAndTo.Contains(trigger.Words) && !HasObjectThenTo(article, sentence, participants, end))
                {
                    continue;
                }

                // The object is read from the place on: "heading on Friday to Quito" is not talks "on" Friday.
                int objectFrom = end;
                if (PresenceRows.Contains(trigger.Words))
                {
                    if (PlaceAfter(article, sentence, participants, trigger.Words, end) is not { } place)
                    {
                        continue;
                    }

                    objectFrom = place;
                }

                // "will host the minister's speech", "hosted a reception for veterans": hosting an occasion that is no meeting is no visit.
                if (trigger.Cameo == "043" && !trigger.IsNoun && HostsOccasion(article, sentence, end))
                {
                    continue;
                }

                // "Iran - which calls the US hostile", "Putin calls the plan a betrayal": "calls" as a naming verb is no phone call.
                if (trigger.IsNoun && trigger.Words is "call" or "calls" && IsNamingCall(article, sentence, participants, first, end))
                {
                    continue;
                }

                if (!trigger.IsNoun && trigger.Words.EndsWith(" by", StringComparison.Ordinal) && IsReducedRelative(article, sentence, first))
                {
                    continue;
                }

                // "attacked Tory plans", "has attacked British imperialists, saying ...": an attack in words is an accusation.
                EventTrigger act = trigger.Type == "ASSAULT" && trigger.Words is "attacked" or "attacks" or "attacking" && IsVerbalAttack(article, sentence, end)
                    ? _triggers[NameKey.Of("attacked the")] : trigger;
                // "will start accession talks with X", "a deal to open formal talks with X": talks still to be opened are
                // an agreement to negotiate, not a meeting held.
                // "decide whether to begin talks with X": nothing has happened or been agreed yet.
                if (act.Type == "CONSULT" && act.IsNoun && act.Words.StartsWith("talks", StringComparison.Ordinal) && IntendedOpening(article, sentence, first) is { } intended)
                {
                    if (!intended)
                    {
                        continue;
                    }

                    act = _triggers[NameKey.Of("start talks")];
                }

                // "breached the Fiscal Compact rules", "wants a climate agreement": a treaty's name, a deal wished for.
                if (act.IsNoun && act.Type == "AGREE" && (DealContext.IsTreatyName(article, sentence, first) || DealContext.IsWished(article, sentence, first)))
                {
                    continue;
                }

                // "whether the president will agree", "if peace talks ever resume": an act told as a condition has not happened. A noun
                // that is another act's object keeps its own reading ("if he agrees to Beijing's demands": the demands were made).
                if ((!act.IsNoun || floor == sentence.FirstToken) && DealContext.IsConditional(article, sentence, first, act.IsNoun))
                {
                    continue;
                }

                // "a proponent of talks with Turkey", "back an early start to talks", "regular meetings with": no meeting held.
                if (act.IsNoun && act.Type == "CONSULT" && (DealContext.IsCause(article, sentence, first) || DealContext.IsHabitual(article, sentence, first, end)))
                {
                    continue;
                }

                // "The party expelled two members from its ranks" is the plain verb; only "was expelled from X" reads X as the actor.
                if (!act.IsNoun && act.Words.EndsWith(" from", StringComparison.Ordinal) && !FollowsBe(article, sentence, first))
                {
                    act = _triggers[NameKey.Of(act.Words[..^" from".Length])];
                }

                Draft? draft = Read(article, sentence, participants, act, first, objectFrom, previous, starts, floor, told);
                if (draft is null)
                {
                    continue;
                }

                // "welcomed Ms Kallas's announcement": the statement a reaction is aimed at, told before, is that statement again.
                if (act.IsNoun && act.Type == "STATEMENT" && floor > sentence.FirstToken
                    && found.Any(other => other.Trigger.Type == "STATEMENT" && other.Actors.SequenceEqual(draft.Actors)))
                {
                    continue;
                }

                // a joint news conference of two people ("X, at a joint news conference alongside Y"): a meeting, and a statement by both.
                if (act.Words is "joint news conference" or "joint press conference" && draft.Recipients.Count > 0 && !draft.IsReference)
                {
                    Merge(found, new Draft(_triggers[NameKey.Of("news conference")], [.. draft.Actors, .. draft.Recipients], [], draft.Date, null,
                        draft.Status, draft.Confidence, sentence, draft.TriggerSpan, isReference: false, [], draft.Source));
                }

                // "left Oslo on Sunday, heading to Quito", "spent two days in Lima before heading to Quito": a place told before is no
                // visitor; the one who went there before is, else no one.
                if (PresenceRows.Contains(act.Words) && (draft.Actors.Count == 0
                    || participants.Within(sentence.FirstToken, first).Any(slot => (slot.IsPlace || slot.IsCity) && slot.Ids.Intersect(draft.Actors).Any())))
                {
                    draft.Actors.Clear();
                    draft.Actors.AddRange(previous is { Trigger.Mode: "visit" } ? previous.Actors : []);
                }

                // "Mr Blair was in London": being at home is no visit.
                if (PresenceRows.Contains(act.Words)
                    && (draft.Actors.Count == 0 || draft.Recipients.All(id => draft.Actors.Any(actor => CountryOf(article, actor) == CountryOf(article, id)))))
                {
                    continue;
                }

                told.Add(draft);

                foreach (Draft single in SplitPlural(draft))
                {
                    Merge(found, single);
                }

                previous = draft;
            }

            // "X called the plan 'unjustified'", "X said Y was naive": stance told in a reported clause (Stance/).
            foreach (Draft stance in StanceDrafts(article, sentence, participants, found, words, told))
            {
                told.Add(stance);
                Merge(found, stance);
            }
        }

        InheritDates(found, article);
        RecipientsFromContext(found, article, participants);
        DropOutletsFromMeetings(found, article);
        return [.. found.Where(draft => draft.Actors.Count > 0).Select(draft => draft.ToRecord(article))];
    }

    // "He was speaking to the BBC before visiting ...": an interview is no meeting. News outlets are dropped from both sides of
    // a meeting, and a meeting whose side was only outlets is no event (an outlet reporting a meeting is its source).
    private static void DropOutletsFromMeetings(List<Draft> found, AnnotatedArticle article)
    {
        var outlets = article.Actors.Where(actor => actor.Kind == "media").Select(actor => actor.Id).ToHashSet(StringComparer.Ordinal);
        if (outlets.Count == 0)
        {
            return;
        }

        var emptied = new List<Draft>();
        foreach (Draft meeting in found.Where(draft => draft.Trigger.Type == "CONSULT"))
        {
            bool actorsGone = meeting.Actors.RemoveAll(outlets.Contains) > 0 && meeting.Actors.Count == 0;
            bool recipientsGone = meeting.Recipients.RemoveAll(outlets.Contains) > 0 && meeting.Recipients.Count == 0;
            if (actorsGone || recipientsGone)
            {
                emptied.Add(meeting);
            }
        }

        found.RemoveAll(emptied.Contains);
    }

    // A judgement already told by a trigger row in the sentence ("condemned the move, calling it unacceptable") is that event.
    // Judged words that name no party but point back at an act ("called it a betrayal", "said the move was
    // reckless") judge the actor of that act, as a reaction does (confidence 0.6).
    private static List<Draft> StanceDrafts(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, List<Draft> found, WordView words,
        IReadOnlyList<Draft> told)
    {
        List<Draft> drafts = [];
        foreach ((EventTrigger act, ParticipantSlot speaker, ParticipantSlot? target, int first, int end, int judged) in StanceReader.Shipped.Read(article, sentence, participants, words))
        {
            if (found.Concat(drafts).Any(draft => draft.Sentence == sentence && draft.Trigger.Type == act.Type && draft.Actors.Intersect(speaker.Ids).Any()))
            {
                continue;
            }

            List<string>? pointedAt = target is null && Reactions.Contains(act.Type) && PointsBack(article, sentence, participants, judged)
                ? Antecedent(article, told, [.. speaker.Ids], sentence) : null;
            if (target is null && pointedAt is null)
            {
                continue;
            }

            List<string> recipients = target is null ? pointedAt! : [.. target.Ids];
            TimeMention? date = NearestTime(article, sentence, first, [first], duration: false);
            double confidence = pointedAt is not null ? 0.6 : 0.9 - (recipients.Count == 0 ? 0.35 : 0) - (speaker.IsReference ? 0.1 : 0);
            drafts.Add(new Draft(act, [.. speaker.Ids.Take(1)], recipients, date?.Date, null, Status(article.Text, article.Tokens, sentence, first, date, article.Anchor),
                confidence, sentence, TextSpan.FromBounds(article.Tokens[first].Span.Start, article.Tokens[end - 1].Span.End), isReference: false, [],
                SourceOf(article, sentence)));
        }

        return drafts;
    }

    private static bool PointsBack(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int judged) =>
        judged < sentence.EndToken && (article.Tokens[judged].In(article.Text) is "it" || IsAnaphoricObject(article, sentence, participants, judged));

    // "held back-to-back calls with Putin and Trump" is two calls, one with each.
    private static IEnumerable<Draft> SplitPlural(Draft draft)
    {
        if (!draft.Trigger.Words.EndsWith("calls", StringComparison.Ordinal) || draft.Recipients.Count < 2)
        {
            return [draft];
        }

        return draft.Recipients.Select(recipient => draft.With([recipient]));
    }

    // An act told without a date, between the same sides as a dated call or meeting just before it
    // ("Xi warned Washington ..." after Xi's call with Trump), happened then, and by the same means.
    private static void InheritDates(List<Draft> found, AnnotatedArticle article)
    {
        var countryOf = article.Actors.Where(actor => actor.Country is not null).ToDictionary(actor => actor.Id, actor => actor.Country!, StringComparer.Ordinal);
        string Side(string id) => countryOf.GetValueOrDefault(id, id);
        foreach (Draft undated in found.Where(draft => draft.Date is null && draft.Trigger.Type != "CONSULT" && draft.Recipients.Count > 0))
        {
            Draft? context = found.Where(draft => draft.Date is not null && draft.Trigger.Type == "CONSULT"
                    && draft.Sentence.Span.Start <= undated.Sentence.Span.Start
                    && draft.Actors.Intersect(undated.Actors).Any()
                    && draft.Recipients.Select(Side).Intersect(undated.Recipients.Select(Side)).Any())
                .LastOrDefault();
            if (context is not null)
            {
                undated.Date = context.Date;
                undated.Medium ??= context.Mode == "phone" ? context.Medium : null;
            }
        }
    }

    // A reaction told without its target ("The Arab League condemned the move.") is aimed at the one party the sentence
    // or the one before it names besides the actor, when there is exactly one. Less certain than a named recipient.
    // Talks and meetings too ("the talks", "the summit"), but in their own sentence only before the trigger: the object
    // search has read what follows it ("a summit in Rome, where Libya is on the agenda" is not with Libya).
    private static void RecipientsFromContext(List<Draft> found, AnnotatedArticle article, ParticipantIndex participants)
    {
        foreach (Draft draft in found.Where(draft => draft.Recipients.Count == 0 && draft.Trigger.Type is not "STATEMENT"))
        {
            int index = article.Sentences.IndexOf(draft.Sentence);
            HashSet<string> own = [.. draft.Actors, .. draft.Actors.Select(id => CountryOf(article, id))];
            // "Canada has welcomed the decision by Peru and Chile. ... Its minister praised the accord": the same side's
            // reaction of the same kind, told in this sentence or the one before, has the same target.
            if (Reactions.Contains(draft.Trigger.Type)
                && found.LastOrDefault(other => other != draft && other.Trigger.Type == draft.Trigger.Type && other.Recipients.Count > 0
                    && other.Sentence.Span.Start <= draft.Sentence.Span.Start && index - article.Sentences.IndexOf(other.Sentence) <= 1
                    && other.Confidence > 0.6 && other.Actors.Any(id => own.Contains(id) || own.Contains(CountryOf(article, id)))) is { } earlier)
            {
                foreach (string id in earlier.Recipients.Where(id => !own.Contains(id)))
                {
                    draft.InferRecipient(id);
                }

                continue;
            }

            foreach (Sentence sentence in index > 0 ? [draft.Sentence, article.Sentences[index - 1]] : new[] { draft.Sentence })
            {
                int end = draft.Trigger.Type == "CONSULT" && sentence == draft.Sentence
                    ? Enumerable.Range(sentence.FirstToken, sentence.TokenCount).First(t => article.Tokens[t].Span.End > draft.TriggerSpan.Start)
                    : sentence.EndToken;
                // "Friday's meeting on Somali reconstruction": the topic of a meeting is no party to it.
                List<string> others = [.. participants.Within(sentence.FirstToken, end)
                    .Where(slot => !slot.IsPlace && !slot.IsReference && !IsSpeaker(article, sentence, slot) && !NamesMeeting(article, slot)
                        && !(draft.Trigger.Type == "CONSULT" && slot.FirstToken > sentence.FirstToken
                            && article.Tokens[slot.FirstToken - 1].In(article.Text) is "on" or "about" or "over" or "regarding"))
                    .SelectMany(slot => slot.Ids)
                    .Where(id => !own.Contains(id) && !own.Contains(CountryOf(article, id)))
                    // A crowd named in passing ("law students", "refugees") is no target of a talk or a demand; only of force or protest.
                    .Where(id => draft.Trigger.Type is "COERCE" or "ASSAULT" or "PROTEST" || article.Actors.FirstOrDefault(actor => actor.Id == id)?.Kind != "group")
                    .Distinct()];
                if (others.Count == 1)
                {
                    // "the foreign secretary told MPs Iran had agreed", "... the farm lobby. But Tokyo is wavering": an office holder who
                    // reports the act, or (other than for a meeting, which is between people) is named the sentence before,
                    // stands for the state it is aimed at. A person named in the act's own clause is its target as named.
                    bool standsForState = participants.Within(sentence.FirstToken, end).Any(slot => slot.Ids.Contains(others[0]) && IsTeller(article, slot))
                        || (sentence != draft.Sentence && draft.Trigger.Type != "CONSULT");
                    ArticleActor? other = article.Actors.FirstOrDefault(actor => actor.Id == others[0]);
                    draft.InferRecipient(standsForState && other is { Kind: "person", Country: { } state, Roles.Length: > 0 } && !own.Contains(state)
                        ? state
                        // A protest is against the state, not the police or soldiers the story names near it (groups, round 7).
                        : draft.Trigger.Type == "PROTEST" && other is { Kind: "government", Country: { } protested } && !own.Contains(protested) ? protested : others[0]);
                    break;
                }

                if (others.Count > 1)
                {
                    break;
                }
            }
        }
    }

    // "under the same embargo", "under UN sanctions": "under" and at most three words before the noun.
    private static bool IsUnder(AnnotatedArticle article, Sentence sentence, int first)
    {
        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 4; t--)
        {
            if (article.Tokens[t].In(article.Text) is "under")
            {
                return true;
            }

            if (article.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // "the minister told MPs", "the president confirmed": the slot is the subject of a verb that passes news on.
    private static bool IsTeller(AnnotatedArticle article, ParticipantSlot slot) =>
        slot.EndToken < article.Tokens.Length && article.Tokens[slot.EndToken].In(article.Text) is "told" or "tells" or "confirmed" or "confirms" or "informed";

    // "after the G20 meeting", "at the EU summit": the body whose meeting is the setting, not a party to the act.
    private static bool NamesMeeting(AnnotatedArticle article, ParticipantSlot slot) =>
        slot.EndToken < article.Tokens.Length && article.Tokens[slot.EndToken].In(article.Text) is "meeting" or "meetings" or "summit" or "summits" or "conference";

    /// <summary>A display name for a participant id: the article's actor, or the knowledge base's country name.</summary>
    public string NameOf(string id, AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _knowledge.CountryByCode(id)?.Name ?? article.Actors.FirstOrDefault(actor => actor.Id == id)?.Name ?? id;
    }

    private IEnumerable<(EventTrigger Trigger, int First, int End)> Triggers(AnnotatedArticle article, Sentence sentence, WordView words)
    {
        for (int w = 0; w < words.Words.Count; w++)
        {
            (string? key, int count) = _triggers.Matcher.Longest(words.Words, w, words.EndsToken);
            if (key is null)
            {
                continue;
            }

            EventTrigger trigger = _triggers[key];
            int first = words.TokenOf(w);
            // A verb row after an article is another word ("a host of problems", "the meet"): not this event.
            // After a possessive it is a participle used as an adjective: "Serbia's proposed entry".
            if (!trigger.IsNoun && first > sentence.FirstToken && (article.Tokens[first - 1].In(article.Text) is "a" or "an" or "the" or "A" or "An" or "The"
                || article.Tokens[first - 1].Kind == TokenKind.Possessive))
            {
                w += count - 1;
                continue;
            }

            yield return (trigger, first, words.TokenOf(w + count - 1) + 1);
            w += count - 1;
        }
    }

    // A noun trigger that is the object of a verb trigger of another kind ("welcomed the deal", "called for talks",
    // "agrees to Beijing's demands") is not an act of that verb's subject: its own actor may only be named between
    // the two ("Beijing's"). The token the subject search must not go below, or the sentence start.
    // A noun of the verb's own type ("signed a deal") is the same event: the second value says so.
    private static (int Floor, bool SameType) HeadOf(AnnotatedArticle article, Sentence sentence, List<(EventTrigger Trigger, int First, int End)> triggers,
        EventTrigger trigger, int first)
    {
        if (!trigger.IsNoun)
        {
            return (sentence.FirstToken, false);
        }

        foreach ((EventTrigger outer, int _, int outerEnd) in triggers)
        {
            if (outer.IsNoun || outerEnd > first || first - outerEnd > 5)
            {
                continue;
            }

            bool inObject = true;
            for (int t = outerEnd; t < first; t++)
            {
                Token token = article.Tokens[t];
                inObject &= token.Kind is TokenKind.Word or TokenKind.Possessive && token.In(article.Text) is not ("and" or "or" or "but" or "that" or "who" or "which");
            }

            if (inObject)
            {
                return (outerEnd, outer.Type == trigger.Type);
            }
        }

        return (sentence.FirstToken, false);
    }

    private static Draft? Read(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, EventTrigger trigger, int first, int end,
        Draft? previous, int[] triggerStarts, int floor, IReadOnlyList<Draft> told)
    {
        string text = article.Text;
        IReadOnlyList<Token> tokens = article.Tokens;
        List<string> actors = [];
        List<string> recipients = [];
        bool isReference = false;
        bool fromPronoun = false;

        // "the call between Xi and Putin"
        if (trigger.IsNoun && end < sentence.EndToken && Between.Contains(tokens[end].In(text).ToString()))
        {
            // "between" makes the first name a place for the recognizer ("talks between Egypt and Israel"): in the list right
            // after it, a place is a party; one after "in" is where it happens.
            List<ParticipantSlot> named = [.. participants.Within(end + 1, Math.Min(sentence.EndToken, end + 8))
                .Where(slot => !slot.IsPlace || tokens[slot.FirstToken - 1].In(text) is "between" or "among" or "and" or ",")];
            if (named.Count >= 2)
            {
                actors.AddRange(named[0].Ids);
                recipients.AddRange(named.Skip(1).SelectMany(slot => slot.Ids));
                isReference = true;
            }
        }

        // "the decision by India and Pakistan", "his nomination by Ariel Sharon": the agent of a nominal act follows "by".
        if (trigger.IsNoun && end < sentence.EndToken && tokens[end].In(text) is "by")
        {
            actors.AddRange(Objects(article, sentence, participants, end + 1, placesCount: true, isConsult: false, triggerStarts, placesAfterIn: false));
        }

        // "a meeting of the G7 finance ministers", "an emergency meeting of the Arab League": the body named after "of" meets;
        // "a meeting of the foreign ministers of Chile and Peru": the first party meets the others.
        if (actors.Count == 0 && trigger.IsNoun && trigger.Type == "CONSULT" && end < sentence.EndToken && tokens[end].In(text) is "of")
        {
            List<string> members = [.. Objects(article, sentence, participants, end + 1, placesCount: false, isConsult: true, triggerStarts, placesAfterIn: false)];
            // "a meeting of the foreign ministers of both countries": the two parties the article is about.
            for (int t = end + 2; members.Count == 0 && t < sentence.EndToken && t <= end + 5; t++)
            {
                if (tokens[t - 1].In(text) is "of" && IsPairObject(article, sentence, t))
                {
                    members.AddRange(MainParties(article, participants, first));
                }
            }

            actors.AddRange(members.Take(1));
            recipients.AddRange(members.Skip(1).Where(id => !actors.Contains(id)));
        }

        // "were deported by Mexican authorities", "condemned by rights groups": the agent after "by" acts on the subject.
        if (actors.Count == 0 && !trigger.IsNoun && IsPassive(text, tokens, sentence, first, end, trigger) is { } by)
        {
            actors.AddRange(Objects(article, sentence, participants, by + 1, placesCount: true, isConsult: false, triggerStarts, placesAfterIn: false));
            if (actors.Count > 0)
            {
                (ParticipantSlot? patient, _, ParticipantSlot? otherPatient, _) = Subject(article, sentence, participants, first, sentence.FirstToken);
                recipients.AddRange((patient?.Ids ?? []).Concat(otherPatient?.Ids ?? []).Where(id => !actors.Contains(id)));
            }
            else if (first > sentence.FirstToken && BeForms.Contains(tokens[first - 1].In(text).ToString()))
            {
                return null; // "has been blocked by parliament": the subject is acted on, by a party we do not know.
            }
        }

        // "was expelled from the ruling party", "were deported from Malaysia": the body or country the subject is put out of acts.
        if (actors.Count == 0 && !trigger.IsNoun && trigger.Words.EndsWith(" from", StringComparison.Ordinal))
        {
            actors.AddRange(Objects(article, sentence, participants, end, placesCount: true, isConsult: false, triggerStarts, placesAfterIn: false));
            if (actors.Count == 0)
            {
                return null;
            }

            (ParticipantSlot? patient, _, _, _) = Subject(article, sentence, participants, first, sentence.FirstToken);
            recipients.AddRange((patient?.Ids ?? []).Where(id => !actors.Contains(id)));
        }

        // "Tony Blair is being urged to act", "Mr Galloway was expelled": the subject is acted on, and the text does not say by whom.
        if (actors.Count == 0 && !trigger.IsNoun && IsAgentlessPassive(text, tokens, sentence, first, end))
        {
            // "the two sailors held by Iran will be freed": people told as held by a party are freed by it.
            if (trigger.Type != "RETREAT" || Holder(article, sentence, participants, first) is not ({ } holder, var held))
            {
                return null;
            }

            actors.AddRange(holder.Ids);
            recipients.AddRange((held?.Ids ?? []).Where(id => !actors.Contains(id)));
        }

        // "the little deal announced in October", "the move unveiled last week": a participle after an act noun describes
        // that act; with no "by" after it, its author is not named.
        if (actors.Count == 0 && !trigger.IsNoun && DescribesActNoun(text, tokens, sentence, first, end))
        {
            return null;
        }

        // "both sides agreed", "the two sides had agreed": the two parties of the last two-sided act told before.
        bool inferred = false;
        if (actors.Count == 0 && (!trigger.IsNoun || trigger.Type == "STATEMENT") && IsPairSubject(article, sentence, first, trigger.IsNoun) && MainParties(article, participants, first) is [var one, var two])
        {
            actors.Add(one);
            recipients.Add(two);
            inferred = true;
        }

        if (actors.Count == 0)
        {
            (ParticipantSlot? subject, bool coordinated, ParticipantSlot? other, bool ellipsis) = Subject(article, sentence, participants, first, floor,
                meetingNoun: trigger.IsNoun && trigger.Type == "CONSULT" && trigger.Mode != "visit", reportedStops: !(trigger.IsNoun && trigger.Type == "CONSULT"));
            // "Actionaid criticised Mr Brown's plan and called on G8 nations ...": a second verb shares the first one's subject.
            ellipsis |= !trigger.IsNoun && previous is { Trigger.IsNoun: false } && JoinsPreviousVerb(article, sentence, first);
            // "Iran - which calls the US hostile and has turned down ...": a verb joined by "and" to the
            // verb of a relative clause shares that clause's subject, the antecedent; the name between is the first verb's object.
            if (!trigger.IsNoun && subject is not null && JoinsPreviousVerb(article, sentence, first)
                && RelativeClauses.Antecedent(article, sentence, participants, subject.FirstToken) is { } relativeHead)
            {
                subject = relativeHead;
                coordinated = false;
            }

            // "Mr Brown said America needed to act but defended President Bush": with no act before it, a verb after "but"/"and"
            // shares the subject of the sentence's reporting verb.
            // "The Tories said they were glad the minister had quit, having earlier criticised the choice": a participle clause
            // after a comma shares the subject that opens the sentence.
            ParticipantSlot? opener = !trigger.IsNoun && previous is null && subject is not null && JoinsPreviousVerb(article, sentence, first)
                ? OpeningSpeaker(article, sentence, participants)
                : !trigger.IsNoun && subject is not null && FollowsHaving(article, sentence, first) ? OpeningSubject(article, sentence, participants) : null;
            if (ellipsis && previous is not null)
            {
                actors.AddRange(previous.Actors);
            }
            else if (opener is not null && opener.FirstToken < subject!.FirstToken)
            {
                actors.AddRange(opener.Ids.Take(1));
            }
            else if (subject is not null)
            {
                fromPronoun = subject.IsReference;
                actors.AddRange(subject.Ids.Take(1));
                if (subject.Ids.Length > 1)
                {
                    recipients.AddRange(subject.Ids.Skip(1)); // "the two leaders had a discussion"
                }

                // "A and B spoke" is a meeting between them; "A and B called for" is both calling.
                if (coordinated && other is not null)
                {
                    actors.Clear();
                    actors.AddRange(other.Ids);
                    (trigger.IsSymmetric ? recipients : actors).AddRange(subject.Ids);
                }
                // "President Lula said Brazil backed the bid": an office holder telling of his own state's act is its
                // actor (GOLD.md: the speaker); the state stays beside him.
                else if (SpeakerForOwnState(article, sentence, participants, subject) is { } voice && !actors.Contains(voice))
                {
                    actors.Insert(0, voice);
                }
                // "Madrid welcomed the ruling, with economy minister Carlos Cuerpo saying ...": the office holder voices the state's act.
                else if (Reactions.Contains(trigger.Type) && VoiceAfter(article, sentence, participants, end, actors) is { } voiced)
                {
                    actors.Insert(0, voiced);
                }
            }

            // "EU ministers met in Brussels": a body of several states meets in a city; the city's country is no party.
            // "Mr Straw's China trip": a country between a possessor and a visit noun is where the possessor goes.
            if (trigger.IsNoun && trigger.Mode == "visit" && subject is { IsReference: false, Ids.Length: 1 } && subject.EndToken == first && !coordinated
                && subject.FirstToken - 2 >= sentence.FirstToken && tokens[subject.FirstToken - 1].Kind == TokenKind.Possessive
                && participants.At(subject.FirstToken - 2) is { IsPlace: false, Ids.Length: 1 } visitor
                && article.Actors.FirstOrDefault(actor => actor.Id == visitor.Ids[0])?.Kind == "person"
                && CountryOf(article, subject.Ids[0]) == subject.Ids[0] && !actors.Contains(visitor.Ids[0]))
            {
                recipients.Add(subject.Ids[0]);
                actors.Clear();
                actors.Add(visitor.Ids[0]);
            }

            bool talksIn = trigger.Type == "CONSULT" && trigger.Mode is null
                && !(actors.Count > 0 && actors.All(id => article.Actors.FirstOrDefault(actor => actor.Id == id)?.Kind == "igo"));
            // "an embargo on oil sales to Syria", "a ban on travel to Cuba": the country the trade goes to is the one banned.
            recipients.AddRange(Objects(article, sentence, participants, end, trigger.Mode == "visit", trigger.Type == "CONSULT", triggerStarts, talksIn, trigger.IsNoun,
                    placesAfterTo: trigger.Type == "SANCTION")
                .Where(id => !actors.Contains(id) && !(talksIn && actors.Any(actor => CountryOf(article, actor) == id))));

            // "signed an accord on Japan-Korea fisheries": of the two countries of a compound, the actor's own is no counterpart.
            if (recipients.Count > 1)
            {
                HashSet<string> home = [.. actors.Select(id => CountryOf(article, id))];
                recipients.RemoveAll(id => home.Contains(id) && participants.Within(end, sentence.EndToken).Any(slot => slot.IsCompound && slot.Ids.Contains(id)));
            }

            // "condemned the measure unveiled by the US secretary of state": the author of a state's act, reached through
            // the act noun, stands for the state.
            if (recipients.Count == 1 && Reactions.Contains(trigger.Type) && ObjectReferences.StateOfAuthor(article, sentence, end, recipients[0]) is { } state
                && !actors.Contains(state))
            {
                recipients[0] = state;
            }

            // "signed a deal to buy gas from Algeria", "an accord to build a pipeline with Turkey": the partner of a deal.
            if (recipients.Count == 0 && trigger.Type == "AGREE" && DealPartner(article, sentence, participants, end) is { } partner)
            {
                recipients.AddRange(partner.Ids.Where(id => !actors.Contains(id)));
            }

            // "the bloc's embargo on arms sales to Myanmar", "a ban on oil sales to Iran": a ban on trade is aimed at where the
            // trade goes or comes from.
            if (recipients.Count == 0 && trigger.Type == "SANCTION" && trigger.IsNoun && TradeTarget(article, sentence, participants, end) is { } banned)
            {
                recipients.AddRange(banned.Ids.Where(id => !actors.Contains(id)));
            }

            // "Egypt criticised the US move, with its foreign minister warning of consequences": the act told in a
            // "with" clause answers the main clause's act and is aimed at its recipient.
            if (recipients.Count == 0 && !ellipsis && subject is not null && previous is { Recipients.Count: > 0 } && trigger.Type != "CONSULT"
                && OpensWithClause(article, sentence, subject.FirstToken))
            {
                recipients.AddRange(previous.Recipients.Where(id => !actors.Contains(id)));
            }
            // "Paris accepts Rome's demands", "rejected Iran's offer": a possessor's act that is the object of another
            // verb is aimed at that verb's subject.
            if (recipients.Count == 0 && trigger.IsNoun && floor > sentence.FirstToken && subject is not null && !ellipsis
                && subject.EndToken < sentence.EndToken && tokens[subject.EndToken].Kind == TokenKind.Possessive
                && triggerStarts.Where(start => start < floor).DefaultIfEmpty(-1).Max() is var outer && outer >= sentence.FirstToken
                && Subject(article, sentence, participants, outer, sentence.FirstToken).Subject is { } asked)
            {
                recipients.AddRange(asked.Ids.Where(id => !actors.Contains(id)));
            }

            // "offered to send troops to help the relief effort in Indonesia", "called for the release of prisoners held in
            // Iran": the country where what is offered or asked takes place.
            if (recipients.Count == 0 && actors.Count > 0 && !trigger.IsNoun && trigger.Type is "REQUEST" or "AGREE"
                && ObjectReferences.CountryWhereCarriedOut(article, sentence, participants, end) is { } place && !actors.Contains(place) && !actors.Any(actor => CountryOf(article, actor) == place))
            {
                recipients.Add(place);
            }

            // "pressed for the embargo to end", "promised to ease the ban", "invaded the country": a party told before.
            if (recipients.Count == 0 && actors.Count > 0 && trigger.Type is not ("STATEMENT" or "CONSULT" or "SANCTION"))
            {
                HashSet<string> own = [.. actors, .. actors.Select(id => CountryOf(article, id))];
                recipients.AddRange(ObjectReferences.BanParty(article, sentence, participants, end, told, own));
                if (recipients.Count == 0 && ObjectReferences.CountryNamedBefore(article, sentence, participants, first, end, own) is { } country)
                {
                    recipients.Add(country);
                }
            }

            // "the phone call" with no one named after it: a mention of an event told elsewhere.
            if (trigger.IsNoun && !ellipsis && recipients.Count == 0 && first > sentence.FirstToken
                && Definite.Contains(tokens[first - 1].In(text).ToString()))
            {
                isReference = true;
            }
        }

        // "warned the two", "took the pair to court", "criticised both countries": the two parties the article is about,
        // besides the actor.
        if (actors.Count > 0 && recipients.Count == 0 && !trigger.IsNoun && trigger.Type != "CONSULT" && IsPairObject(article, sentence, end))
        {
            recipients.AddRange(MainParties(article, participants, first, actors.SelectMany(id => new[] { id, CountryOf(article, id) })));
        }

        // "Berlin welcomed the decision", "the Arab League condemned it": a reaction to an act told shortly before is aimed
        // at that act's actor.
        if (actors.Count > 0 && recipients.Count == 0 && !trigger.IsNoun && Reactions.Contains(trigger.Type)
            && IsAnaphoricObject(article, sentence, participants, end) && Antecedent(article, told, actors, sentence) is { Count: > 0 } antecedent)
        {
            recipients.AddRange(antecedent);
            inferred = true;
        }

        // "In a statement, Mr Straw said ...": the fronted act belongs to the subject of the main clause.
        if (actors.Count == 0 && trigger.IsNoun && FrontedSubject(article, sentence, participants, first, end) is { } speaker)
        {
            actors.AddRange(speaker.Ids);
            recipients.RemoveAll(actors.Contains);
            isReference = false;
        }

        if (actors.Count == 0 && !isReference)
        {
            return null;
        }

        // "Netanyahu visited a settlement south of Jerusalem": a trip inside one's own country is no visit to another party.
        if (trigger.Mode == "visit" && recipients.Count > 0 && recipients.All(id => actors.Any(actor => CountryOf(article, actor) == id)))
        {
            return null;
        }

        // "to keep Cuba under the same regime as North Korea", "Iran, under UN sanctions since 2006": living under a sanction is a
        // state; imposing it is told elsewhere.
        if (trigger.Type == "SANCTION" && trigger.IsNoun && IsUnder(article, sentence, first))
        {
            return null;
        }

        TimeMention? date = NearestTime(article, sentence, first, triggerStarts, duration: false);
        TimeMention? duration = trigger.Type == "CONSULT" ? NearestTime(article, sentence, first, triggerStarts, duration: true) : null;
        string status = Status(text, tokens, sentence, first, date, article.Anchor);
        // "called on rich nations to commit", "urged all parties to ...": a request to a group the text does not name is
        // still a request told in full (verb, addressee, what is asked).
        bool groupAsked = recipients.Count == 0 && trigger.Type == "REQUEST" && !trigger.IsNoun && IsGroupThenTo(article, sentence, participants, end);
        double confidence = inferred ? 0.6 : 0.9 - (recipients.Count == 0 && trigger.Type != "STATEMENT" ? (groupAsked ? 0.2 : 0.35) : 0) - (fromPronoun ? 0.1 : 0);
        // "will visit Verdun", "touring Central American countries": a visit to no party we know tells too little to count
        // (below 0.5) unless the context names the host.
        // A nominal visit ("Keir Starmer's trip is designed to ...") keeps its 0.55: the trip is told, its destination elsewhere.
        bool nominal = trigger.IsNoun && first > sentence.FirstToken
            && (tokens[first - 1].Kind == TokenKind.Possessive || Definite.Contains(tokens[first - 1].In(text).ToString()) || tokens[first - 1].In(text) is "a" or "an");
        if (trigger.Mode == "visit" && !nominal && trigger.Cameo != "043" && recipients.Count == 0 && !inferred)
        {
            confidence = 0.45;
        }

        return new Draft(trigger, [.. actors.Distinct()], [.. recipients.Distinct()], date?.Date, duration?.Duration, status, confidence,
            sentence, TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End), isReference,
            trigger.Type == "CONSULT" ? Topics.Find(text, tokens, sentence, end) : [],
            SourceOf(article, sentence));
    }

    // The participant named before the trigger in its clause; "A and B <trigger>" gives both;
    // "..., and a phone call with Trump" after an event in the same sentence is ellipsis of its subject.
    // A relative pronoun's subject is its antecedent ("Iyad Allawi, who criticised ..."); "while" and "whereas" open a
    // clause whose subject follows them, so the search stops there.
    private static (ParticipantSlot? Subject, bool Coordinated, ParticipantSlot? Other, bool Ellipsis) Subject(
        AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int trigger, int floor, bool meetingNoun = false, bool reportedStops = false)
    {
        string text = article.Text;
        bool sawAnd = false;
        int reach = trigger - 12;
        for (int t = trigger - 1; t >= sentence.FirstToken && t >= floor && t >= reach; t--)
        {
            string word = article.Tokens[t].In(text).ToString();
            // "The World Trade Organisation (WTO) holds talks": a short parenthesis is passed over to the name before it.
            if (word is ")" && OpeningParenthesis(article, sentence, t) is { } parenthesis)
            {
                t = parenthesis;
                continue;
            }

            // "if peace talks ever resume", "whether the president will agree": a subordinate clause's subject follows its opener.
            if (ClauseBreaks.Contains(word) || word is "while" or "whereas" or "While" or "Whereas" or "if" or "unless" or "whether" or "because" or "although")
            {
                break;
            }

            // "Kemi Badenoch said the pact put old worries to bed", "Mr Straw said the EU had agreed": the reported clause has its own
            // subject, a noun phrase that names no one here; the speaker is not it. ("The US said it filed" keeps the speaker.)
            if (reportedStops && ReportingVerbs.Contains(word) && t + 1 < trigger)
            {
                int next = article.Tokens[t + 1].In(text) is "that" ? t + 2 : t + 1;
                if (next < trigger && article.Tokens[next].In(text) is "the" or "a" or "an" or "this" or "these" or "those")
                {
                    return (null, false, null, false);
                }
            }

            // "The Arab League - which calls the plan unfair - urged", "Mr Scholz - long a friend
            // of the pact - said": a parenthesis between dashes is passed over to its head.
            if (word is "-" or "–" or "—" && OpeningDash(article, sentence, t) is { } opening && participants.At(opening + 1) is null)
            {
                t = opening;
                continue;
            }

            // "Japan, the biggest donor to the bank, criticised Myanmar": an apposition after a name is passed over.
            if (word is "," && trigger - t <= 4 && !ReportsBetween(article, t, trigger) && AppositionHead(article, sentence, participants, t) is { } head)
            {
                t = head;
                continue;
            }

            // "India, along with China and Brazil, has been invited to": the additive aside is passed over to its head.
            if (word is "," && trigger - t <= 8 && !ReportsBetween(article, t, trigger) && AdditiveAsideHead(article, sentence, t) is { } asideHead)
            {
                t = asideHead;
                reach = Math.Min(reach, asideHead - 4); // the head is just before the aside, however long it was
                continue;
            }

            if (word is "who" or "which" && !sawAnd)
            {
                int before = t - 1;
                while (before >= sentence.FirstToken && article.Tokens[before].In(text) is "," or "-" or "–" or "—")
                {
                    before--;
                }

                return before >= sentence.FirstToken && participants.At(before) is { IsPlace: false } antecedent
                    ? (antecedent, false, null, false) : (null, false, null, false);
            }

            if (participants.At(t) is { IsPlace: false } slot)
            {
                // "Her remarks about President Macron drew a frosty response", "Friday's meeting on Somali reconstruction is being hosted
                // by": a name after a preposition is the object of it.
                if (PrepositionBefore(article, sentence, slot.FirstToken) is "about" or "against" or "regarding" or "concerning" or "on" or "over")
                {
                    return (null, false, null, false);
                }

                // "China's part in the talks", "China's admission took 15 years and talks with": the possessor of another noun
                // does not own the act. "near the East China Sea shoals and has protested": a country inside a longer name is no subject.
                if (OwnsAnotherNoun(article, sentence, slot, trigger) || InsideLongerName(article, sentence, slot))
                {
                    t = slot.FirstToken;
                    continue;
                }

                // "a Brussels summit", "the London conference": a city before a meeting noun is where it is held.
                if (meetingNoun && slot.IsCity && slot.EndToken == trigger && slot.FirstToken > sentence.FirstToken
                    && (article.Tokens[slot.FirstToken - 1].Kind == TokenKind.Possessive
                        || article.Tokens[slot.FirstToken - 1].In(text) is "a" or "an" or "the" or "A" or "An" or "The"))
                {
                    t = slot.FirstToken;
                    continue;
                }

                if (sawAnd)
                {
                    return (null, false, null, true);
                }

                // "A and B", also with B's description between: "Mr Straw and his Spanish counterpart Miguel Moratinos".
                for (int before = slot.FirstToken - 1; before - 1 >= sentence.FirstToken && before >= slot.FirstToken - 5; before--)
                {
                    Token between = article.Tokens[before];
                    if (between.In(text) is "and")
                    {
                        if (participants.At(before - 1) is { IsPlace: false } other)
                        {
                            return (slot, true, other, false);
                        }

                        break;
                    }

                    if (between.Kind != TokenKind.Word
                        || (participants.At(before) is not null && between.In(text) is not ("his" or "her" or "their" or "its")))
                    {
                        break;
                    }
                }

                return (slot, false, null, false);
            }

            // "..., and a phone call" or "Putin and a call": the "and" joins two events, not two adjectives ("long and thorough").
            sawAnd |= word is "and" && t - 1 >= sentence.FirstToken
                && (article.Tokens[t - 1].In(text) is "," || participants.At(t - 1) is not null);
        }

        return (null, false, null, false);
    }

    // A possessive name whose noun is another than the trigger: a preposition, verb or more than three words stand between
    // ("China's part in the talks"), or the trigger is a verb ("China's claims and has accused Beijing").
    private static bool OwnsAnotherNoun(AnnotatedArticle article, Sentence sentence, ParticipantSlot slot, int trigger)
    {
        if (slot.EndToken > trigger || slot.EndToken <= slot.FirstToken)
        {
            return false;
        }

        // "China's" as a name and a possessive token, or as one word with a curly apostrophe ("China’s").
        string last = article.Tokens[slot.EndToken - 1].In(article.Text).ToString();
        int from = slot.EndToken < trigger && article.Tokens[slot.EndToken].Kind == TokenKind.Possessive ? slot.EndToken + 1
            : last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal) ? slot.EndToken
            : -1;
        if (from < 0 || from >= trigger)
        {
            return false;
        }

        // "The EU's move was welcomed by Beijing", "China's decision angered Japan": the possessor owns the act its noun names;
        // "the OECD's 38 members gather for talks": a body meets through its members. (Not "China's ambassador":
        // an office holder is a person of his own, whom the recognizer names.)
        for (int t = from; t < trigger && t < from + 4; t++)
        {
            if (ActNouns.Contains(article.Tokens[t].In(article.Text).ToString()) || article.Tokens[t].In(article.Text) is "members")
            {
                return false;
            }
        }

        for (int t = from; t < trigger; t++)
        {
            Token token = article.Tokens[t];
            if (token.Kind != TokenKind.Word || token.In(article.Text) is "in" or "of" or "on" or "at" or "for" or "with" or "to" or "by" or "and" or "took" or "is" or "was" or "has" or "have")
            {
                return true;
            }
        }

        return trigger - from > 3;
    }

    // The word before a name, past a title in capitals ("about President Bush"), or null at the sentence's start.
    private static string? PrepositionBefore(AnnotatedArticle article, Sentence sentence, int first)
    {
        int t = first - 1;
        while (t > sentence.FirstToken && article.Tokens[t].Kind == TokenKind.Word && article.Tokens[t].IsCapitalized(article.Text) && first - t <= 3)
        {
            t--;
        }

        return t >= sentence.FirstToken ? article.Tokens[t].In(article.Text).ToString() : null;
    }

    // A one-word name between two capitalised words that are not part of it ("South China Sea"), not at the sentence's start.
    private static bool InsideLongerName(AnnotatedArticle article, Sentence sentence, ParticipantSlot slot) =>
        slot.EndToken - slot.FirstToken == 1 && slot.FirstToken - 1 > sentence.FirstToken && slot.EndToken < sentence.EndToken
        && article.Tokens[slot.FirstToken - 1].Kind == TokenKind.Word && article.Tokens[slot.FirstToken - 1].IsCapitalized(article.Text)
        && article.Tokens[slot.EndToken].Kind == TokenKind.Word && article.Tokens[slot.EndToken].IsCapitalized(article.Text)
        && article.Tokens[slot.EndToken].In(article.Text) is not ("President" or "Prime" or "Foreign" or "Secretary" or "Minister");

    private static readonly FrozenSet<string> NamingSubjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "which", "who", "that", "he", "she", "it", "they", "we", "i");

    private static readonly FrozenSet<string> ObjectDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "that", "his", "her", "its", "their", "our");

    // Words that cannot open the predicate of "call X <predicate>": a preposition or conjunction after the object means
    // "call" was the noun ("a call the president took on Monday") or a call made to someone ("calls Moscow about").
    private static readonly FrozenSet<string> NotPredicates = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "on", "about", "with", "for", "from", "in", "at", "and", "or", "but", "after", "before", "over", "by", "of",
        "said", "says", "was", "is", "were", "had", "has", "took", "made", "lasted", "ended", "every", "each", "again", "back",
        "daily", "weekly", "regularly", "twice", "today", "yesterday", "tonight");

    // A subject right before "calls" (a relative or personal pronoun, or a name that is no possessive), then an object
    // (a name, a pronoun, or a determiner and one word), then a predicate word: "calls the US hostile", "called it a farce".
    private static bool IsNamingCall(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int first, int end)
    {
        IReadOnlyList<Token> tokens = article.Tokens;
        if (first <= sentence.FirstToken || end >= sentence.EndToken)
        {
            return false;
        }

        string before = tokens[first - 1].In(article.Text).ToString();
        bool subject = NamingSubjects.Contains(before)
            || (participants.At(first - 1) is { } named && named.EndToken == first && tokens[first - 1].Kind == TokenKind.Word);
        if (!subject)
        {
            return false;
        }

        string next = tokens[end].In(article.Text).ToString();
        int objectEnd = participants.At(end) is { } slot && slot.FirstToken == end ? slot.EndToken
            : participants.At(end + 1) is { } late && ObjectDeterminers.Contains(next) ? late.EndToken
            : ObjectDeterminers.Contains(next) ? end + 2
            : next is "him" or "her" or "them" or "it" or "us" ? end + 1
            : -1;
        return objectEnd > end && objectEnd < sentence.EndToken && tokens[objectEnd].Kind == TokenKind.Word
            && !NotPredicates.Contains(tokens[objectEnd].In(article.Text).ToString());
    }

    // "Jack Straw said", "said Derek Scissors": the slot names who speaks, directly before or after a reporting verb.
    private static bool IsSpeaker(AnnotatedArticle article, Sentence sentence, ParticipantSlot slot) =>
        (slot.EndToken < sentence.EndToken && ReportingVerbs.Contains(article.Tokens[slot.EndToken].In(article.Text).ToString()))
        || (slot.FirstToken > sentence.FirstToken && ReportingVerbs.Contains(article.Tokens[slot.FirstToken - 1].In(article.Text).ToString()));

    // "Bush said the US backed", "Straw said that the UK was prepared to": the subject is a state right after a reporting
    // verb whose subject holds an office of that state. The office holder's id, or null.
    private static string? SpeakerForOwnState(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, ParticipantSlot subject)
    {
        if (subject.IsReference || subject.Ids.Length != 1)
        {
            return null;
        }

        int verb = subject.FirstToken - 1;
        if (verb > sentence.FirstToken && article.Tokens[verb].In(article.Text) is "the" or "The")
        {
            verb--;
        }

        if (verb > sentence.FirstToken && article.Tokens[verb].In(article.Text) is "that")
        {
            verb--;
        }

        if (verb <= sentence.FirstToken || !ReportingVerbs.Contains(article.Tokens[verb].In(article.Text).ToString())
            || participants.At(verb - 1) is not { IsPlace: false, Ids.Length: 1 } speaker || speaker.EndToken != verb)
        {
            return null;
        }

        string state = CountryOf(article, subject.Ids[0]);
        return article.Actors.FirstOrDefault(actor => actor.Id == speaker.Ids[0]) is { Kind: "person", Roles.Length: > 0 } person
            && person.Country == state ? person.Id : null;
    }

    // ", with economy minister Carlos Cuerpo saying": a person holding an office of the actor's state, in a "with" clause after the
    // trigger, before "saying". The person's id, or null.
    private static string? VoiceAfter(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end, List<string> actors)
    {
        for (int t = end; t + 1 < sentence.EndToken && t < end + 12; t++)
        {
            if (article.Tokens[t].In(article.Text) is not "," || article.Tokens[t + 1].In(article.Text) is not "with")
            {
                continue;
            }

            for (int u = t + 2; u < sentence.EndToken && u <= t + 6; u++)
            {
                if (participants.At(u) is { IsPlace: false, IsReference: false, Ids.Length: 1 } slot && slot.FirstToken == u)
                {
                    return slot.EndToken < sentence.EndToken && article.Tokens[slot.EndToken].In(article.Text) is "saying"
                        && article.Actors.FirstOrDefault(actor => actor.Id == slot.Ids[0]) is { Kind: "person", Roles.Length: > 0, Country: { } state }
                        && actors.Any(id => id == state || CountryOf(article, id) == state) ? slot.Ids[0] : null;
                }
            }

            return null;
        }

        return null;
    }

    // ", having criticised", ", having earlier agreed": a perfect participle opening a clause after a comma.
    private static bool FollowsHaving(AnnotatedArticle article, Sentence sentence, int first)
    {
        int t = first - 1;
        while (t > sentence.FirstToken && article.Tokens[t].In(article.Text) is "earlier" or "already" or "also" or "previously" or "repeatedly")
        {
            t--;
        }

        return t - 1 > sentence.FirstToken && article.Tokens[t].In(article.Text) is "having" && article.Tokens[t - 1].In(article.Text) is ",";
    }

    // The participant that opens the sentence ("The Tories said ..."), within its first three tokens.
    private static ParticipantSlot? OpeningSubject(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants) =>
        participants.Within(sentence.FirstToken, Math.Min(sentence.EndToken, sentence.FirstToken + 6))
            .FirstOrDefault(slot => !slot.IsPlace && slot.FirstToken <= sentence.FirstToken + 2);

    // The participant that opens the sentence, directly followed by a reporting verb ("Mr Brown said ...").
    private static ParticipantSlot? OpeningSpeaker(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken && t <= sentence.FirstToken + 3; t++)
        {
            if (participants.At(t) is { IsPlace: false } slot && slot.FirstToken == t)
            {
                return slot.EndToken < sentence.EndToken && ReportingVerbs.Contains(article.Tokens[slot.EndToken].In(article.Text).ToString()) ? slot : null;
            }
        }

        return null;
    }

    // "Kristalina Georgieva, the fund's chief, said the credit agreement": the name is the speaker, not the agreement's party.
    private static bool ReportsBetween(AnnotatedArticle article, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (article.Tokens[t].In(article.Text) is "said" or "says" or "told" or "added" or "say")
            {
                return true;
            }
        }

        return false;
    }

    // The "(" of a parenthesis of at most six tokens that closes at <paramref name="closing"/>.
    private static int? OpeningParenthesis(AnnotatedArticle article, Sentence sentence, int closing)
    {
        for (int t = closing - 1; t > sentence.FirstToken && t >= closing - 7; t--)
        {
            string word = article.Tokens[t].In(article.Text).ToString();
            if (word is "(")
            {
                return t;
            }

            if (word is ")" || article.Tokens[t].Kind is TokenKind.Terminal)
            {
                return null;
            }
        }

        return null;
    }

    // The dash opening the parenthesis that the dash at <paramref name="closing"/> closes, if the sentence has one before it.
    private static int? OpeningDash(AnnotatedArticle article, Sentence sentence, int closing)
    {
        for (int t = closing - 2; t > sentence.FirstToken; t--)
        {
            if (article.Tokens[t].In(article.Text) is "-" or "–" or "—")
            {
                return t;
            }
        }

        return null;
    }

    // For the comma closing ", along with X and Y,", ", together with X,", ", as well as X,": the opening comma.
    private static int? AdditiveAsideHead(AnnotatedArticle article, Sentence sentence, int closing)
    {
        for (int t = closing - 3; t > sentence.FirstToken && t >= closing - 14; t--)
        {
            string word = article.Tokens[t].In(article.Text).ToString();
            if (word is ";" or ":" or "(" or ")" || article.Tokens[t].Kind is TokenKind.Terminal)
            {
                return null;
            }

            if (word is "," && StartsAdditiveAside(article, t + 1))
            {
                return t;
            }
        }

        return null;
    }

    private static bool StartsAdditiveAside(AnnotatedArticle article, int t) =>
        t + 1 < article.Tokens.Length
        && ((article.Tokens[t].In(article.Text) is "along" or "together" && article.Tokens[t + 1].In(article.Text) is "with")
            // "G20 members, in particular Canada, have faulted", ", notably Japan,": an example picked out of the head.
            || (article.Tokens[t].In(article.Text) is "in" && article.Tokens[t + 1].In(article.Text) is "particular")
            || article.Tokens[t].In(article.Text) is "notably" or "especially" or "particularly"
            || (t + 2 < article.Tokens.Length && article.Tokens[t].In(article.Text) is "as" && article.Tokens[t + 1].In(article.Text) is "well"
                && article.Tokens[t + 2].In(article.Text) is "as"));

    // For the comma closing "NAME, the/a ... ,": the token after NAME (the opening comma), so the subject search reaches NAME.
    private static int? AppositionHead(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int closing)
    {
        for (int t = closing - 2; t > sentence.FirstToken && t >= closing - 12; t--)
        {
            string word = article.Tokens[t].In(article.Text).ToString();
            if (word is ",")
            {
                return participants.At(t - 1) is { IsPlace: false } && article.Tokens[t + 1].In(article.Text) is "the" or "a" or "an" ? t : null;
            }

            if (ClauseBreaks.Contains(word) || article.Tokens[t].Kind is TokenKind.Terminal or TokenKind.Quote)
            {
                return null;
            }
        }

        return null;
    }

    // Participants after the trigger: its object, or after with / to / on / from, up to the clause's end.
    // A place is an object only of a visit ("visited Kyiv", "a trip to China"); "a summit in Brussels" is not with Belgium.
    // Appositions are passed over: "talks with his Israeli counterpart, Ariel Sharon, and ...".
    // Talks "in Beijing" are with China (placesAfterIn) unless the one holding them is Chinese.
    private static IEnumerable<string> Objects(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end, bool placesCount,
        bool isConsult, int[] triggerStarts, bool placesAfterIn, bool nounHead = false, bool placesAfterTo = false)
    {
        // The object may sit after the verb's own complement ("offered to send a company of 120 Gurkhas to Indonesia").
        int limit = Math.Min(sentence.EndToken, end + 12);
        for (int t = end; t < limit; t++)
        {
            string word = article.Tokens[t].In(article.Text).ToString();
            // Another trigger starts another event ("a video call to Putin, and a phone call with Trump");
            // what talks are "on" or "about" is their topic, not a participant ("a discussion on the United States").
            // After a noun, an auxiliary starts the predicate: "Mr Brown's trip is designed to show how the UK ..." is not a trip to the UK.
            if ((nounHead && word is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "could")
                || (triggerStarts.Contains(t) && StartsAnotherClause(article, end, t)) || (isConsult && word is "on" or "about" or "over" or "regarding" or "concerning")
                || ClauseBreaks.Contains(word) || word is "that" or "where" or "when" or "which" or "who" or "whom" or "while" or "because" or "although" or "though" or "if" || article.Tokens[t].Kind is TokenKind.Terminal
                || (word is "," && t + 1 < limit && article.Tokens[t + 1].In(article.Text) is "with") // ", with X warning": another clause
                // "..., said Derek Scissors", "..., Jack Straw said": the sentence's speaker, not an object.
                || (word is "," && t + 1 < limit && ReportingVerbs.Contains(article.Tokens[t + 1].In(article.Text).ToString()))
                || (t > end && article.Tokens[t - 1].In(article.Text) is "," && participants.At(t) is { } speaker && speaker.FirstToken == t
                    && IsSpeaker(article, sentence, speaker))
                || (word is "," && participants.At(t + 1) is null && participants.At(t + 2) is null && participants.At(t + 3) is null && participants.At(t + 4) is null))
            {
                yield break;
            }

            // "backed his nomination", "criticised their plans": whose act it is, is who the act is aimed at (not in talks:
            // "talks with his Irish counterpart").
            if (!isConsult && participants.At(t) is { IsReference: true } owner && owner.FirstToken == t
                && word.ToLowerInvariant() is "his" or "her" or "its" or "their" && OwnsActNoun(article, sentence, participants, t + 1))
            {
                foreach (string id in owner.Ids)
                {
                    yield return id;
                }

                yield break;
            }

            // "his Irish counterpart": a possessive pronoun is a determiner, not the object.
            if (participants.At(t) is { } slot && slot.FirstToken == t
                && (placesCount || !slot.IsPlace || (placesAfterIn && t > end && article.Tokens[t - 1].In(article.Text) is "in")
                    || (placesAfterTo && t > end && article.Tokens[t - 1].In(article.Text) is "to"))
                && !(slot.IsReference && word.ToLowerInvariant() is "his" or "her" or "its" or "their"))
            {
                // "President of United States Donald trump": the country is part of a title, the person is the object.
                if (participants.At(slot.EndToken) is { } titled && titled.FirstToken == slot.EndToken)
                {
                    continue;
                }

                // "British Prime Minister Tony Blair", "UK finance minister Gordon Brown": a country in a person's title.
                if (TitleOf(article, sentence, participants, slot) is { } holder)
                {
                    t = holder.FirstToken - 1;
                    continue;
                }

                foreach (string id in slot.Ids)
                {
                    yield return id;
                }

                // "calls with Putin and Trump": a coordinated object list
                string next = slot.EndToken < sentence.EndToken ? article.Tokens[slot.EndToken].In(article.Text).ToString() : "";
                // A list of places after a visit is a list of topics ("a trip to China, Taiwan, ..."): one destination.
                if (slot.EndToken + 1 < sentence.EndToken && (next is "and" || (next is "," && !placesCount))
                    && article.Tokens[slot.EndToken + 1].In(article.Text) is not "with")
                {
                    t = slot.EndToken;
                    limit = Math.Min(sentence.EndToken, t + 8);
                    continue;
                }

                yield break;
            }
        }
    }

    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "say", "added", "insisted", "stressed", "argued");

    private static readonly FrozenSet<string> Reactions = FrozenSet.Create(StringComparer.Ordinal, "SUPPORT", "ACCUSE", "REJECT");

    // Nouns that name an act someone did or said: "the move", "his nomination", "the US decision".
    internal static readonly FrozenSet<string> ActNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "move", "moves", "decision", "decisions", "announcement", "deal", "agreement", "accord", "plan", "plans", "proposal", "proposals",
        "measure", "measures", "step", "steps", "ruling", "offer", "demand", "demands", "warning", "warnings", "remarks", "comments",
        "statement", "nomination", "pledge", "pledges", "verdict", "request", "appeal", "policy", "policies", "action", "actions", "stance");

    // "his nomination", "their new plans": an act noun within three words after a possessive pronoun, nothing named between.
    private static bool OwnsActNoun(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int from)
    {
        for (int t = from; t < sentence.EndToken && t < from + 3; t++)
        {
            if (participants.At(t) is not null || article.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (ActNouns.Contains(article.Tokens[t].In(article.Text).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> PairNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "sides", "countries", "governments", "nations", "parties");

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "have", "has", "also", "finally", "now", "then", "later", "eventually", "already", "would", "will", "could", "did", "both", "each",
        "jointly", "since", "subsequently", "formally", "reportedly");

    // "both sides agreed", "the two countries have signed", "the pair had agreed": the subject names two parties told earlier.
    private static bool IsPairSubject(AnnotatedArticle article, Sentence sentence, int first, bool statementNoun)
    {
        string text = article.Text;
        int t = first - 1;
        // "both countries said in a joint statement": a statement noun after its speakers' verb.
        while (t > sentence.FirstToken && (Auxiliaries.Contains(article.Tokens[t].In(text).ToString())
            || (statementNoun && article.Tokens[t].In(text) is "said" or "in" or "a" or "an" or "joint" or "issued" or "made")))
        {
            t--;
        }

        if (t - 1 < sentence.FirstToken)
        {
            return false;
        }

        string noun = article.Tokens[t].In(text).ToString();
        string before = article.Tokens[t - 1].In(text).ToString();
        return (PairNouns.Contains(noun) && (before.Equals("both", StringComparison.OrdinalIgnoreCase)
                || (before is "two" && t - 2 >= sentence.FirstToken && article.Tokens[t - 2].In(text).ToString().Equals("the", StringComparison.OrdinalIgnoreCase))))
            || (noun is "pair" && before.Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    // The object points back at an act without naming its author: "welcomed the move", "condemned it", "cheered on the historic
    // decision". Nothing named stands in it (that would be the recipient, found by the object search).
    private static bool IsAnaphoricObject(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        string text = article.Text;
        int t = end;
        if (t < sentence.EndToken && article.Tokens[t].In(text) is "on" or "to")
        {
            t++;
        }

        if (t >= sentence.EndToken || participants.At(t) is { IsReference: false })
        {
            return false;
        }

        string head = article.Tokens[t].In(text).ToString();
        if (head is "it")
        {
            return t + 1 >= sentence.EndToken || article.Tokens[t + 1].Kind is TokenKind.Terminal || article.Tokens[t + 1].In(text) is "," or "as";
        }

        if (!Definite.Contains(head) || head is "his" or "her" or "their" or "its")
        {
            return false;
        }

        // "the move", "the unilateral move", "this week's decision": up to three words before the act noun.
        for (int next = t + 1; next < sentence.EndToken && next <= t + 4; next++)
        {
            Token token = article.Tokens[next];
            if (participants.At(next) is not null || token.Kind is not (TokenKind.Word or TokenKind.Possessive or TokenKind.Quote))
            {
                return false;
            }

            if (ActNouns.Contains(token.In(text).ToString()))
            {
                // "the decision by India", "the plan of the EU": the author is named after it.
                return next + 1 >= sentence.EndToken || article.Tokens[next + 1].In(text) is not ("by" or "of" or "from");
            }
        }

        return false;
    }

    // "the two", "the pair", "both countries", "the two sides" right after the verb.
    private static bool IsPairObject(AnnotatedArticle article, Sentence sentence, int end)
    {
        string text = article.Text;
        if (end + 1 >= sentence.EndToken)
        {
            return false;
        }

        string one = article.Tokens[end].In(text).ToString();
        string two = article.Tokens[end + 1].In(text).ToString();
        string three = end + 2 < sentence.EndToken ? article.Tokens[end + 2].In(text).ToString() : "";
        return (one is "the" && two is "pair") || (one is "both" && PairNouns.Contains(two))
            || (one is "the" && two is "two" && (PairNouns.Contains(three) || !(end + 2 < sentence.EndToken && article.Tokens[end + 2].Kind == TokenKind.Word)
                || three is "were" or "was" or "are" or "would" or "to" or "of"));
    }

    // The two sides an article is about: the two countries or bodies (not people, not places) named most before the token,
    // in order of first mention. "Both sides agreed" in a story about India and Pakistan is India and Pakistan.
    private static string[] MainParties(AnnotatedArticle article, ParticipantIndex participants, int before, IEnumerable<string>? besides = null)
    {
        HashSet<string> excluded = [.. besides ?? []];
        var kinds = article.Actors.ToDictionary(actor => actor.Id, actor => actor.Kind, StringComparer.Ordinal);
        List<string> named = [.. participants.Within(0, before)
            .Where(slot => !slot.IsPlace && !slot.IsReference && slot.Ids.Length == 1)
            .Select(slot => slot.Ids[0])
            .Where(id => kinds.GetValueOrDefault(id, "country") is "country" or "igo" or "government" or "organization" && !excluded.Contains(id))];
        var counts = named.GroupBy(id => id, StringComparer.Ordinal).Select(group => (Id: group.Key, Count: group.Count())).OrderByDescending(entry => entry.Count).ToList();
        if (counts.Count < 2 || (counts.Count > 2 && counts[2].Count == counts[1].Count))
        {
            return [];
        }

        return [.. named.Distinct().Where(id => id == counts[0].Id || id == counts[1].Id)];
    }

    // The actor of the last act told in this sentence or the two before, other than a reaction (a condemnation is not "the
    // move"), whose actor is not the reacting side.
    private static List<string>? Antecedent(AnnotatedArticle article, IReadOnlyList<Draft> told, List<string> actors, Sentence sentence)
    {
        int index = article.Sentences.IndexOf(sentence);
        HashSet<string> own = [.. actors, .. actors.Select(id => CountryOf(article, id))];
        // News refers back to its lead: "the move" after the opening sentences is most often the act they report.
        if (told.FirstOrDefault(draft => !Reactions.Contains(draft.Trigger.Type) && draft.Actors.Count > 0) is { } lead
            && article.Sentences.IndexOf(lead.Sentence) <= 2 && lead.Sentence != sentence
            && lead.Actors.Where(id => !own.Contains(id) && !own.Contains(CountryOf(article, id))).ToList() is { Count: > 0 } leaders)
        {
            return [.. leaders.Select(id => Announcer(article, lead, id)).Distinct()];
        }

        for (int i = told.Count - 1; i >= 0; i--)
        {
            Draft draft = told[i];
            if (index - article.Sentences.IndexOf(draft.Sentence) > 2)
            {
                return null;
            }

            if (Reactions.Contains(draft.Trigger.Type) || draft.Actors.Count == 0)
            {
                continue;
            }

            List<string> others = [.. draft.Actors.Where(id => !own.Contains(id) && !own.Contains(CountryOf(article, id)))];
            return others.Count > 0 ? [.. others.Select(id => Announcer(article, draft, id))] : null;
        }

        return null;
    }

    // "the step announced by the US trade representative ... The African Union called it a grave setback": a measure an
    // office holder announced is the state's, so judging it judges the state.
    private static string Announcer(AnnotatedArticle article, Draft act, string id) =>
        act.Trigger.Type == "STATEMENT" && article.Actors.FirstOrDefault(actor => actor.Id == id) is { Kind: "person", Country: { } state, Roles.Length: > 0 }
            ? state : id;

    private static readonly FrozenSet<string> Openings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "start", "open", "begin", "launch");
    private static readonly FrozenSet<string> IntentMarks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "to", "will", "would", "shall", "'ll");
    private static readonly FrozenSet<string> DealNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "deals", "agreement", "agreements", "contract", "contracts", "accord", "pact");

    // "will start accession talks", "to open formal talks": an opening verb in its plain form after "to"/"will", at most
    // two modifiers before the talks.
    // True when intended, false when still undecided ("whether to begin talks"), null when no opening verb.
    private static bool? IntendedOpening(AnnotatedArticle article, Sentence sentence, int first)
    {
        for (int t = first - 1; t - 1 >= sentence.FirstToken && t >= first - 3; t--)
        {
            Token token = article.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            if (Openings.Contains(token.In(article.Text).ToString()))
            {
                if (!IntentMarks.Contains(article.Tokens[t - 1].In(article.Text).ToString()))
                {
                    return null;
                }

                return !(t - 2 >= sentence.FirstToken && article.Tokens[t - 2].In(article.Text) is "whether" or "if");
            }
        }

        return null;
    }

    // The party after "with"/"from" in the clause of a deal noun ("a deal to import gas from Iran"): whom the deal is with.
    private static ParticipantSlot? DealPartner(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        bool deal = false;
        // Within 24 tokens: amounts often carry a converted figure in brackets ("a $40bn (£21bn) deal").
        for (int t = end; t + 1 < sentence.EndToken && t < end + 24; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (token.Kind is TokenKind.Terminal || word is "," or ";" or ":" or "that" or "which" or "who" or "but" or "and" or "while")
            {
                return null;
            }

            deal |= DealNouns.Contains(word);
            if (deal && word is "with" or "from")
            {
                int at = article.Tokens[t + 1].In(article.Text) is "the" ? t + 2 : t + 1;
                return at < sentence.EndToken && participants.At(at) is { IsReference: false } slot && slot.FirstToken == at ? slot : null;
            }
        }

        return null;
    }

    private static bool IsComplementOf(AnnotatedArticle article, List<(EventTrigger Trigger, int First, int End)> triggers, EventTrigger trigger, int first)
    {
        if (trigger.IsNoun)
        {
            return false;
        }

        foreach ((EventTrigger outer, int _, int outerEnd) in triggers)
        {
            if (outer.IsNoun || outerEnd > first || first - outerEnd > 3)
            {
                continue;
            }

            if (outerEnd == first && outer.Words.EndsWith(" to", StringComparison.Ordinal))
            {
                return true;
            }

            bool words = true;
            for (int t = outerEnd; t < first; t++)
            {
                words &= article.Tokens[t].Kind == TokenKind.Word;
            }

            if (words && first > outerEnd && article.Tokens[first - 1].In(article.Text) is "to")
            {
                return true;
            }
        }

        return false;
    }

    // ", with Jordan's foreign minister Ayman Safadi warning": the subject opens a "with" clause after a comma.
    private static bool OpensWithClause(AnnotatedArticle article, Sentence sentence, int subjectFirst)
    {
        for (int t = subjectFirst - 1; t > sentence.FirstToken && t >= subjectFirst - 6; t--)
        {
            Token token = article.Tokens[t];
            if (token.In(article.Text) is "with")
            {
                return article.Tokens[t - 1].In(article.Text) is ",";
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> PolicyWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "plan", "plans", "policy", "policies", "proposal", "proposals", "record", "legislation", "decision", "move", "remarks",
        "comments", "pledges", "budget", "reforms", "approach", "handling", "stance", "government", "ministers");

    // The object of "attacked" is words or a policy, or the attack is told with ", saying": criticism, not violence.
    private static bool IsVerbalAttack(AnnotatedArticle article, Sentence sentence, int end)
    {
        for (int t = end; t < sentence.EndToken && t < end + 8; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (token.Kind == TokenKind.Possessive || PolicyWords.Contains(word) || token.Kind == TokenKind.Quote)
            {
                return true;
            }

            if (word is "," && t + 1 < sentence.EndToken && article.Tokens[t + 1].In(article.Text) is "saying" or "calling" or "accusing")
            {
                return true;
            }

            // "attacking the regulator for giving way": blamed for a course of action.
            if (word is "for" && t + 1 < sentence.EndToken && article.Tokens[t + 1].In(article.Text).EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }

            if (token.Kind is TokenKind.Terminal || word is ";" or ":" or "in" or "on" or "near" or "with")
            {
                return false;
            }
        }

        return false;
    }

    // "the four Britons held by the US", "commanders held by the Afghan government": a participle right after a noun
    // describes the people, as background; "have been held by the US" tells the act.
    private static bool IsReducedRelative(AnnotatedArticle article, Sentence sentence, int first)
    {
        if (first <= sentence.FirstToken)
        {
            return false;
        }

        Token before = article.Tokens[first - 1];
        return before.Kind == TokenKind.Word
            && before.In(article.Text) is not ("be" or "been" or "being" or "is" or "are" or "was" or "were" or "still" or "also" or "now" or "currently" or "reportedly");
    }

    // "Beijing wants Trump to drop the tariffs", "will ask the court to review": a request only when someone named is asked
    // and "to" says what they should do. "wants to leave" is the subject's own aim; "wants it to end", "want the ban lifted
    // because ...", "asked questions" ask no one to act.
    private static readonly FrozenSet<string> DayWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "again", "him", "her", "them", "us", "me");

    // One to four plain words naming no known party, then "to" and a verb: "rich nations to", "the international community to".
    private static bool IsGroupThenTo(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        for (int t = end; t + 1 < sentence.EndToken && t <= end + 4; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            if (word is "to")
            {
                return t > end && article.Tokens[t + 1].Kind == TokenKind.Word;
            }

            if (token.Kind != TokenKind.Word || participants.At(t) is not null || DayWords.Contains(word)
                || word is "that" or "if" or "whether" or "for" or "and" or "but" or "or" or "it" or "not" or "on" or "in")
            {
                return false;
            }
        }

        return false;
    }

    // "was in Tokyo", "is due in Delhi": a place right after; "spent two days in Lima": a length of stay, then "in" and a place;
    // "heading on Friday to Quito": "to" and a place within a few words ("heading back to", "headed home" are returns).
    // The place's first token, or null.
    private static int? PlaceAfter(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, string words, int end)
    {
        bool PlaceAt(int t) => t < sentence.EndToken && participants.At(t) is { IsReference: false } slot && slot.FirstToken == t && (slot.IsPlace || slot.IsCity);
        if (words.EndsWith(" in", StringComparison.Ordinal))
        {
            return PlaceAt(end) ? end : null;
        }

        bool stay = words is "spent";
        bool timed = false;
        for (int t = end; t < sentence.EndToken && t < end + 6; t++)
        {
            string word = article.Tokens[t].In(article.Text).ToString();
            if (word is "in" && stay)
            {
                return timed && PlaceAt(t + 1) ? t + 1 : null;
            }

            if (word is "to" && !stay)
            {
                return PlaceAt(t + 1) ? t + 1 : null;
            }

            if (article.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Number) || word is "back" or "home" or "for" or "towards")
            {
                return null;
            }

            timed |= StayLengths.Contains(word);
        }

        return null;
    }

    private static bool HasObjectThenTo(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        bool named = false;
        for (int t = end; t < sentence.EndToken && t < end + 8; t++)
        {
            Token token = article.Tokens[t];
            string word = token.In(article.Text).ToString();
            // "want the NATO budget to be frozen": the one asked ends right before "to"; a party that only modifies a noun
            // ("the EU budget") is asked nothing. A role or a group after it ("US officials to", "other G8 nations to") still
            // names who is asked.
            if (word is "to")
            {
                return named && t > end && (participants.At(t - 1) is not null || ParticipantIndex.IsRoleWord(article.Tokens[t - 1].In(article.Text).ToString())
                    || article.Tokens[t - 1].In(article.Text) is "nations" or "countries" or "states" or "members" or "governments" or "partners" or "allies");
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive or TokenKind.Number)
                || word is "that" or "if" or "whether" or "for" or "because" or "and" or "but" or "or" or "it" or "instead" or "not")
            {
                return false;
            }

            named |= participants.At(t) is not null;
        }

        return false;
    }

    // "the IMF warned on Thursday that the deficit was too large", "..., Mr Blair warned.": a warning told as speech, with no
    // one warned, is a quote, not a threat (GOLD.md: THREATEN only when consequences are threatened). "warned Washington
    // against", "warning of dangerous consequences" stay threats.
    private static bool IsReportedWarning(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        for (int t = end; t < sentence.EndToken && t < end + 5; t++)
        {
            if (participants.At(t) is not null)
            {
                return false;
            }

            Token token = article.Tokens[t];
            if (token.In(article.Text) is "that" or "," or ":" || token.Kind == TokenKind.Terminal || token.In(article.Text) is "\"" or "“")
            {
                return true;
            }

            if (token.In(article.Text) is "of" or "against" or "to")
            {
                return false;
            }
        }

        return end >= sentence.EndToken;
    }

    // "and called on", "but also rejected": the verb follows a conjunction directly (an adverb may stand between).
    private static bool JoinsPreviousVerb(AnnotatedArticle article, Sentence sentence, int first)
    {
        int t = first - 1;
        while (t > sentence.FirstToken && article.Tokens[t].In(article.Text) is "also" or "then" or "later" or "has" or "have" or "had")
        {
            t--;
        }

        return t > sentence.FirstToken && article.Tokens[t].In(article.Text) is "and" or "but";
    }

    // The person a country slot is part of the title of: a person named within five words after it, only words between.
    private static ParticipantSlot? TitleOf(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, ParticipantSlot slot)
    {
        if (slot.Ids.Length != 1 || slot.Ids[0].Length != 3 || !slot.Ids[0].All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        for (int t = slot.EndToken; t < sentence.EndToken && t < slot.EndToken + 5; t++)
        {
            if (participants.At(t) is { } next && next.FirstToken == t)
            {
                return next.Ids.Length == 1 && article.Actors.Any(actor => actor.Id == next.Ids[0] && actor.Kind == "person") ? next : null;
            }

            if (article.Tokens[t].Kind != TokenKind.Word || article.Tokens[t].In(article.Text) is "and" or "or" or "by" or "with" or "to" or "on")
            {
                return null;
            }
        }

        return null;
    }

    // A trigger after the verb starts another event when a conjunction or comma stands between ("a video call to Putin,
    // and a phone call with Trump"); one inside the object ("condemned the move announced by Pompeo") is passed over.
    private static bool StartsAnotherClause(AnnotatedArticle article, int end, int trigger)
    {
        for (int t = end; t < trigger; t++)
        {
            if (article.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Possessive)
                || article.Tokens[t].In(article.Text) is "and" or "or" or "but" or "then" or "while" or "after" or "before" or "as")
            {
                return true;
            }
        }

        return false;
    }

    // "was expelled", "after being deported", "were later deported": a form of "be" (and an adverb) before the participle.
    private static bool FollowsBe(AnnotatedArticle article, Sentence sentence, int first)
    {
        int be = first - 1;
        if (be > sentence.FirstToken && article.Tokens[be].In(article.Text) is "also" or "later" or "then" or "recently" or "reportedly")
        {
            be--;
        }

        return be >= sentence.FirstToken && BeForms.Contains(article.Tokens[be].In(article.Text).ToString());
    }

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "is", "was", "were", "are", "be", "been", "being", "remains", "remained");

    // "the deal announced in October", "the plan" unveiled on Monday": a participle after an act noun (a quote mark may
    // stand between) with no "by" in reach.
    private static bool DescribesActNoun(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end)
    {
        string verb = tokens[first].In(text).ToString();
        int before = first - 1;
        if (before > sentence.FirstToken && tokens[before].Kind == TokenKind.Quote)
        {
            before--;
        }

        if (!verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || before <= sentence.FirstToken
            || !(ActNouns.Contains(tokens[before].In(text).ToString()) || DealNouns.Contains(tokens[before].In(text).ToString())))
        {
            return false;
        }

        for (int t = end; t < sentence.EndToken && t <= end + 3; t++)
        {
            if (tokens[t].In(text) is "by")
            {
                return false;
            }
        }

        return true;
    }

    // A participle right after a form of "be" ("was expelled", "is being urged", "was also announced") with no "by" after it.
    private static bool IsAgentlessPassive(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end)
    {
        string verb = tokens[first].In(text).ToString();
        bool participle = verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb is "held" or "freed" or "shot" or "made" or "asked";
        int be = first - 1;
        if (be > sentence.FirstToken && tokens[be].In(text) is "also" or "already" or "now" or "formally" or "officially" or "later" or "then" or "just" or "recently" or "finally")
        {
            be--;
        }

        if (!participle || first <= sentence.FirstToken || !BeForms.Contains(tokens[be].In(text).ToString()))
        {
            return false;
        }

        for (int t = end; t < sentence.EndToken && t <= end + 3; t++)
        {
            if (tokens[t].In(text) is "by")
            {
                return false;
            }
        }

        return true;
    }

    // A passive verb, with or without "be" ("was received by", "commanders held by"): the token index of "by", or null.
    private static int? IsPassive(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end, EventTrigger trigger)
    {
        if (trigger.Words.EndsWith(" by", StringComparison.Ordinal))
        {
            return end - 1;
        }

        string verb = tokens[end - 1].In(text).ToString();
        bool participle = verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb is "held" or "freed" or "shot" or "made";
        if (!participle || first <= sentence.FirstToken)
        {
            return null;
        }

        // "the move announced on Monday by Mike Pompeo": a short adverbial may stand between the participle and "by".
        for (int t = end; t < sentence.EndToken && t <= end + 3; t++)
        {
            if (tokens[t].In(text) is "by")
            {
                return t;
            }

            if (tokens[t].Kind != TokenKind.Word || (t == end && tokens[t].In(text) is not ("on" or "last" or "earlier" or "this" or "in")))
            {
                return null;
            }
        }

        return null;
    }

    // "In a statement, X", "At a news conference after talks with Y, X": the first participant after the adverbial's comma.
    private static ParticipantSlot? FrontedSubject(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int first, int end)
    {
        string text = article.Text;
        int start = first;
        while (start > sentence.FirstToken && first - start < 4 && article.Tokens[start - 1].Kind == TokenKind.Word)
        {
            start--;
        }

        if (start != sentence.FirstToken || article.Tokens[start].In(text) is not ("In" or "At"))
        {
            return null;
        }

        for (int t = end; t < sentence.EndToken && t < end + 12; t++)
        {
            if (article.Tokens[t].In(text) is ",")
            {
                // The subject may start with a title the name does not cover: "In a statement, Mr Straw said".
                for (int after = t + 1; after < sentence.EndToken && after <= t + 4; after++)
                {
                    if (participants.At(after) is { IsPlace: false } slot && slot.FirstToken == after)
                    {
                        return slot;
                    }

                    if (!article.Tokens[after].IsCapitalized(text))
                    {
                        return null;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static string CountryOf(AnnotatedArticle article, string id) =>
        article.Actors.FirstOrDefault(actor => actor.Id == id)?.Country ?? id;

    // A time belongs to the trigger nearest it: in "posted on X that ... Trump's April trip", April dates
    // the trip, not the post. A duration counts only after its trigger ("the call ... went on for 1.5 hours").
    private static TimeMention? NearestTime(AnnotatedArticle article, Sentence sentence, int token, int[] triggerStarts, bool duration)
    {
        int TokenAt(int offset) => Enumerable.Range(sentence.FirstToken, sentence.TokenCount).FirstOrDefault(t => article.Tokens[t].Span.End > offset);
        var candidates = article.Times
            .Where(time => sentence.Span.Contains(time.Span) && time.IsDate != duration && (duration || time.Date is not null))
            .Select(time => (Time: time, Token: TokenAt(time.Span.Start)))
            .ToList();
        TimeMention? own = candidates
            .Where(entry => triggerStarts.MinBy(start => Math.Abs(start - entry.Token)) == token)
            .Where(entry => !duration || (entry.Token > token && entry.Token - token <= 12))
            .OrderBy(entry => Math.Abs(entry.Token - token))
            .Select(entry => entry.Time).FirstOrDefault();
        // A fronted adverbial ("On Wednesday Xi made a video call to Putin, and a phone call with Trump")
        // dates every event of the sentence.
        return own ?? (duration ? null : candidates.Where(entry => entry.Token < triggerStarts.Min()).Select(entry => entry.Time).FirstOrDefault());
    }

    private static string Status(string text, IReadOnlyList<Token> tokens, Sentence sentence, int trigger, TimeMention? date, DateOnly? anchor)
    {
        for (int t = trigger - 1; t >= sentence.FirstToken && t >= trigger - 5; t--)
        {
            string word = tokens[t].In(text).ToString().ToLowerInvariant();
            switch (word)
            {
                case "not" or "never" or "n't" or "didn't" or "no":
                    return "negated";
                case "if" or "would" or "could" or "might" or "may":
                    return "hypothetical";
                case "will" or "plans" or "planned" or "scheduled" or "expected" or "due" or "upcoming" or "next" or "to":
                    return word == "to" && !(t > sentence.FirstToken && tokens[t - 1].In(text) is "plans" or "plan" or "set" or "going" or "due" or "expected" or "scheduled" or "is" or "are"
                        or "hopes" or "hope" or "hoping" or "intends" or "aims")
                        ? "occurred" : "planned";
                default:
                    break;
            }
        }

        return date?.Date is { } when && anchor is { } today && when.Start > today ? "planned" : "occurred";
    }

    // "As per a report by AFP, ..." and "according to Reuters": the news agency the event is sourced to.
    private static string? SourceOf(AnnotatedArticle article, Sentence sentence) =>
        article.Actors.Where(actor => actor.Kind == "media")
            .SelectMany(actor => actor.Mentions.Select(mention => (actor.Id, mention.Span)))
            .Where(entry => sentence.Span.Contains(entry.Span))
            .Select(entry => entry.Id).FirstOrDefault();

    // Meetings, calls and deals are told again and again ("the call", "the talks"); a statement, a criticism or an appeal in
    // another sentence is another act unless it is named as the same one ("the statement").
    // "Canada lodged a complaint against Washington, prompting a US complaint over Canadian timber": a one-sided act with its sides
    // turned round is another act, even in the same sentence.
    private static bool OppositeSides(Draft one, Draft two) => !one.Trigger.IsSymmetric && !two.Trigger.IsSymmetric
        && one.Actors.Count > 0 && two.Actors.Count > 0 && !one.Actors.Intersect(two.Actors).Any();

    // The party after to/from/on/against within eight tokens of a ban, before the clause's verb or a comma.
    private static ParticipantSlot? TradeTarget(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int end)
    {
        for (int t = end; t + 1 < sentence.EndToken && t < end + 8; t++)
        {
            string word = article.Tokens[t].In(article.Text).ToString();
            if (word is "," or ";" or ":" or "by" or "will" or "would" or "has" or "have" or "had" || BeForms.Contains(word))
            {
                return null;
            }

            if (word is "to" or "from" or "on" or "against" && participants.At(t + 1) is { IsCity: false } slot)
            {
                return slot;
            }
        }

        return null;
    }

    // "sailors held by Iran ... will be freed": the party after "held by" before the trigger, and the people held (the
    // last party named before "held", if any).
    private static (ParticipantSlot? Holder, ParticipantSlot? Held) Holder(AnnotatedArticle article, Sentence sentence, ParticipantIndex participants, int first)
    {
        for (int t = first - 2; t > sentence.FirstToken; t--)
        {
            if (article.Tokens[t].In(article.Text) is not "held" || article.Tokens[t + 1].In(article.Text) is not "by")
            {
                continue;
            }

            ParticipantSlot? holder = participants.Within(t + 2, Math.Min(first, t + 5)).FirstOrDefault(slot => !slot.IsPlace && !slot.IsReference);
            ParticipantSlot? held = participants.Within(sentence.FirstToken, t).LastOrDefault(slot => !slot.IsReference && !slot.IsCity);
            return (holder, holder is null ? null : held);
        }

        return (null, null);
    }

    private static readonly FrozenSet<string> Occasions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "speech", "speeches", "lecture", "reception", "concert", "exhibition", "ceremony", "service", "screening", "festival");

    // The head noun of the host verb's object (within four words, before any party or punctuation) is an occasion.
    private static bool HostsOccasion(AnnotatedArticle article, Sentence sentence, int end)
    {
        for (int t = end; t < sentence.EndToken && t < end + 5; t++)
        {
            Token token = article.Tokens[t];
            if (Occasions.Contains(token.In(article.Text).ToString()))
            {
                return true;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> RetoldTypes = FrozenSet.Create(StringComparer.Ordinal, "CONSULT", "AGREE");

    private static void Merge(List<Draft> found, Draft draft)
    {
        Draft? same = found.LastOrDefault(existing => existing.Trigger.Type == draft.Trigger.Type && existing.Matches(draft)
            && (RetoldTypes.Contains(draft.Trigger.Type) || draft.IsReference || existing.Sentence.Span == draft.Sentence.Span)
            && !OppositeSides(existing, draft));
        if (same is null)
        {
            if (!draft.IsReference)
            {
                found.Add(draft);
            }

            return;
        }

        same.Absorb(draft);
    }

    internal static string IdOf(string articleId, string type, IEnumerable<string> participants) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{articleId}|{type}|{string.Join(',', participants.Order(StringComparer.Ordinal))}")))[..16];
}
