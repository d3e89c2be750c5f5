using Parley.Knowledge.Phoenix;

namespace Parley.Knowledge.Tests.Phoenix;

public sealed class PhoenixNameTests
{
    [Theory]
    [InlineData("VLADIMIR_PUTIN_", "Vladimir Putin")]                                  // the common case: underscores, trailing _
    [InlineData("LUIS_DA_COSTA_\"LULU\"_PEREIRA_", "Luis da Costa Pereira")]          // quoted nickname dropped, particle lower case
    [InlineData("PATRICK_O'DONNELL,_JR._", "Patrick O'Donnell Jr.")]                  // apostrophe name and a kept suffix
    [InlineData("JOHN_ROLAND_ROBINSON, BARON_MARTONMERE_", "John Roland Robinson")]  // a title after a comma is not the name
    [InlineData("KOFI_MENSAH_ASANTE (ACTING_", "Kofi Mensah Asante")]                // an unclosed note in parentheses
    [InlineData("HASSAN_ABDEL-RAHMAN_EL-AMIN_", "Hassan Abdel-Rahman el-Amin")]      // hyphenated parts; el- stays lower case
    [InlineData("WILLEM_VAN_DER_BERG_", "Willem van der Berg")]
    [InlineData("VIRGILIO_ FONTES_PEREIRA_", "Virgilio Fontes Pereira")]             // a stray space among underscores
    [InlineData("SHEIKH `ISA_IBN_SALMAN_", "Sheikh 'Isa ibn Salman")]                // a backtick for the ayn
    [InlineData("JOHN_MCCAIN_", "John McCain")]
    [InlineData("CHARLES_III", "Charles III")]
    [InlineData("RECEP_TAYYIP_ERDOĞAN", "Recep Tayyip Erdoğan")]                     // non-ASCII letters keep their case rules
    public void Turns_a_phrase_into_a_name_as_news_prints_it(string phrase, string name) =>
        PhoenixName.FromPhrase(phrase).Should().Be(name);

    [Theory]
    [InlineData("Vladimir Putin", "vladimir-putin")]
    [InlineData("Patrick O'Donnell Jr.", "patrick-odonnell-jr")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("СССР", "")]
    public void Makes_a_kebab_id_from_a_name(string name, string id) =>
        PhoenixName.IdOf(name).Should().Be(id);
}
