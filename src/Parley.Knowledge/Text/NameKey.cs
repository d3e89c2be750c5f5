using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Parley.Knowledge.Text;

/// <summary>
/// The key names are looked up by: case-insensitive and diacritics-folded ("Erdoğan" and
/// "ERDOGAN" meet), with punctuation that news writes both ways ("Al-Sisi"/"al Sisi") treated
/// as space and apostrophes dropped ("Quai d'Orsay"/"Quai dOrsay").
/// </summary>
public static class NameKey
{
    // Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional for Vietnamese)
    // and their base letter, generated from the Unicode canonical decompositions.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
    private const string Bases = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";
    private static readonly FrozenDictionary<char, char> Plain = Accented.Zip(Bases).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>Folds <paramref name="name"/> to its lookup key; an empty string when nothing is left.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The build runs with InvariantGlobalization, where string.Normalize cannot decompose:
        // accented Latin letters are folded from the table below instead.
        var key = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            string? folded = Fold(c);
            if (folded is null)
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(folded);
        }

        return key.ToString();
    }

    // Letters that do not decompose into base + mark in Unicode, as found in leaders' names
    // (Łukasz, Søren, Đukanović, Işık, Ærø, Œuvre, Straße). Apostrophes vanish ("Xi'an" ~ "Xian"
    // is rare; "O'Brien" ~ "OBrien" is what writers mean); other punctuation is a space.
    private static string? Fold(char c) => c switch
    {
        _ when Plain.TryGetValue(c, out char plain) => plain.ToString(),
        'ł' or 'Ł' => "l",
        'ø' or 'Ø' => "o",
        'đ' or 'Đ' => "d",
        'ı' => "i",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ß' => "ss",
        'þ' or 'Þ' => "th",
        '\'' or '\u2019' or '\u2018' or '`' or '\u02BC' => "",
        _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
        _ => null,
    };
}
