using Parley.Knowledge.Text;

namespace Parley.Knowledge.Tests.Text;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Erdoğan", "Erdogan")]          // Turkish g-breve, as Reuters and Anadolu differ
    [InlineData("ERDOĞAN", "erdogan")]
    [InlineData("Zelenskyy", "zelenskyy")]
    [InlineData("Élysée", "Elysee")]
    [InlineData("Al-Sisi", "al Sisi")]
    [InlineData("Łukaszenka", "Lukaszenka")]    // ł does not decompose in Unicode
    [InlineData("Støre", "Store")]
    [InlineData("Quai d'Orsay", "Quai dOrsay")]
    [InlineData("  Xi   Jinping ", "xi jinping")]
    public void Folds_case_accents_and_punctuation(string written, string other) =>
        NameKey.Of(written).Should().Be(NameKey.Of(other));

    [Fact]
    public void Keeps_different_names_apart() =>
        NameKey.Of("Li Peng").Should().NotBe(NameKey.Of("Li Qiang"));
}
