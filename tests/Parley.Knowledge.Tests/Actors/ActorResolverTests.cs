using System.Collections.Immutable;

namespace Parley.Knowledge.Tests.Actors;

/// <summary>
/// Resolution facts across the years, checked against the shipped knowledge: each row is a name
/// as news writes it, a date, and the office the best candidate held that day (empty: none).
/// </summary>
public sealed class ActorResolverTests
{
    private readonly ActorResolver _resolver = new(ShippedKnowledge.Instance);

    [Theory]
    [InlineData("Xi Jinping", "2026-02-04", "xi-jinping", "President of China")]      // the seed article
    [InlineData("Xi", "2026-02-04", "xi-jinping", "President of China")]
    [InlineData("Vladimir Putin", "2026-02-04", "vladimir-putin", "President of Russia")]
    [InlineData("Donald Trump", "2026-02-04", "donald-trump", "President of the United States")]
    [InlineData("Putin", "2010-06-01", "vladimir-putin", "Prime Minister of Russia")]   // the tandem years
    [InlineData("Putin", "2000-03-01", "vladimir-putin", "President of Russia")]        // acting president and still PM
    [InlineData("Trump", "2018-06-01", "donald-trump", "President of the United States")]
    [InlineData("Trump", "2022-06-01", "donald-trump", "")]                             // between terms: no office
    [InlineData("Medvedev", "2010-06-01", "dmitry-medvedev", "President of Russia")]
    [InlineData("Medvedev", "2015-06-01", "dmitry-medvedev", "Prime Minister of Russia")]
    [InlineData("Boris Johnson", "2017-01-01", "boris-johnson", "Foreign Secretary of the United Kingdom")]
    [InlineData("Macron", "2020-01-01", "emmanuel-macron", "President of France")]
    [InlineData("Wang Yi", "2023-03-01", "wang-yi", "")]                                // Qin Gang's months
    [InlineData("Wang Yi", "2024-03-01", "wang-yi", "Minister of Foreign Affairs of China")]
    [InlineData("Gorbachev", "1990-06-01", "mikhail-gorbachev", "Head of State of the Soviet Union")]
    [InlineData("Erdogan", "2010-06-01", "recep-tayyip-erdogan", "Prime Minister of Turkey")]     // transliteration without the breve
    [InlineData("Erdoğan", "2020-06-01", "recep-tayyip-erdogan", "President of Turkey")]          // the executive presidency
    [InlineData("Zelensky", "2023-06-01", "volodymyr-zelenskyy", "President of Ukraine")]
    [InlineData("Zelenskyy", "2019-05-19", "volodymyr-zelenskyy", "")]                            // the day before his inauguration
    [InlineData("Clinton", "2010-06-01", "hillary-clinton", "Secretary of State of the United States")]
    [InlineData("Abe", "1985-01-01", "shintaro-abe", "Minister for Foreign Affairs of Japan")]    // the father, not the son
    [InlineData("Abe", "2015-01-01", "shinzo-abe", "Prime Minister of Japan")]
    [InlineData("Guterres", "2026-02-04", "antonio-guterres", "Secretary-General of the United Nations")]
    public void Resolves_name_to_the_office_held_on_the_date(string name, string date, string id, string role)
    {
        ImmutableArray<ActorMatch> matches = _resolver.Resolve(name, ShippedKnowledge.Date(date));

        ActorMatch best = matches.Should().NotBeEmpty().And.Subject.First();
        best.Actor.Id.Should().Be(id);
        if (role.Length == 0)
        {
            best.Roles.Should().BeEmpty();
        }
        else
        {
            best.Roles.Should().Contain(role);
        }
    }

    [Theory]
    [InlineData("Gerhard Schroeder", "2004-06-01", "gerhard-schroder", "Chancellor of Germany")]   // ö written oe
    [InlineData("Schroeder", "2004-06-01", "gerhard-schroder", "Chancellor of Germany")]
    [InlineData("Wolfgang Schaeuble", "2012-06-01", "wolfgang-schauble", "Finance Minister of Germany")]
    [InlineData("Chidambaram", "2005-02-04", "p-chidambaram", "Finance Minister of India")]
    public void German_transliterations_and_finance_ministers_resolve(string name, string date, string id, string role)
    {
        ActorMatch best = _resolver.Resolve(name, ShippedKnowledge.Date(date))[0];

        best.Actor.Id.Should().Be(id);
        best.Roles.Should().Equal(role);
    }

    [Fact]
    public void Umlauts_are_transliterated_only_for_german_speaking_people() =>
        ShippedKnowledge.Instance.ActorsNamed("Sueleyman Demirel").Should().BeEmpty();

    [Fact]
    public void Former_holder_is_described_as_former()
    {
        ActorMatch best = _resolver.Resolve("Trump", ShippedKnowledge.Date("2022-06-01"))[0];

        best.Description.Should().Be("former President of the United States");
    }

    [Fact]
    public void Bush_in_2003_is_the_son_and_in_1990_the_father()
    {
        _resolver.Resolve("Bush", ShippedKnowledge.Date("2003-03-20"))[0].Actor.Id.Should().Be("george-w-bush");
        _resolver.Resolve("Bush", ShippedKnowledge.Date("1990-08-02"))[0].Actor.Id.Should().Be("george-h-w-bush");
    }

    [Theory]
    [InlineData("Kremlin", "2026-02-04", "RUS")]
    [InlineData("White House", "2026-02-04", "USA")]
    [InlineData("Beijing", "2026-02-04", "CHN")]
    [InlineData("Downing Street", "2019-01-01", "GBR")]
    [InlineData("Blue House", "2020-01-01", "KOR")]
    [InlineData("Kremlin", "1985-01-01", "SUN")]
    public void Metonym_resolves_to_a_government_on_the_date(string name, string date, string country)
    {
        ActorMatch best = _resolver.Resolve(name, ShippedKnowledge.Date(date))[0];

        best.Actor.Kind.Should().Be("government");
        best.Actor.Country.Should().Be(new CountryCode(country));
    }

    [Fact]
    public void Brussels_acting_is_the_european_union_and_only_once_it_exists()
    {
        _resolver.Resolve("Brussels", ShippedKnowledge.Date("2005-01-10"))[0].Actor.Id.Should().Be("EU");
        // Before the Union there is only the Belgian capital.
        _resolver.Resolve("Brussels", ShippedKnowledge.Date("1985-01-10"))[0].Actor.Country.Should().Be(new CountryCode("BEL"));
    }

    [Fact]
    public void Territories_with_their_own_codes_are_named() =>
        _resolver.Resolve("Hong Kong", ShippedKnowledge.Date("2019-11-18"))[0].Actor.Id.Should().Be("HKG");

    [Fact]
    public void Blue_house_means_nothing_after_the_move_to_yongsan() =>
        _resolver.Resolve("Blue House", ShippedKnowledge.Date("2023-01-01")).Should().BeEmpty();

    [Theory]
    [InlineData("AFP", "media")]
    [InlineData("Reuters", "media")]
    [InlineData("NATO", "igo")]
    [InlineData("China", "country")]
    public void Names_other_kinds_of_actor(string name, string kind) =>
        _resolver.Resolve(name, ShippedKnowledge.Date("2026-02-04"))[0].Actor.Kind.Should().Be(kind);
}
