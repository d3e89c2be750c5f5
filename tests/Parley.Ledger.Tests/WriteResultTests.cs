namespace Parley.Ledger.Tests;

public sealed class WriteResultTests
{
    [Fact]
    public void Results_add_field_by_field()
    {
        var sum = new WriteResult(1, 2, 3, 4, 5, 6).Plus(new WriteResult(10, 20, 30, 40, 50, 60));
        sum.Should().Be(new WriteResult(11, 22, 33, 44, 55, 66));
    }
}
