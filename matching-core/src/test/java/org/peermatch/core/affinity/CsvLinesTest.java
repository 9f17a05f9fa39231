package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lean CSV path: RFC 4180 quoting, line numbers, errors, and the hand-written score check. */
class CsvLinesTest {

    @TempDir
    Path folder;

    private CsvLines read(String text) throws Exception {
        Path file = folder.resolve("f.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new CsvLines(file);
    }

    @Test
    void quotesHoldSeparatorsLineBreaksAndDoubledQuotesAndRecordsKeepTheirFirstLine() throws Exception {
        CsvLines csv = read("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,\n");

        assertThat(csv.separator).isEqualTo(',');
        assertThat(csv.rows).containsExactly(new String[] {"a", "b"}, new String[] {"x,1", "say \"hi\""},
                new String[] {"two\nlines", "z"}, new String[] {""}, new String[] {"last", ""});
        assertThat(csv.lines).containsExactly(1L, 2L, 3L, 5L, 6L);
    }

    @Test
    void aSemicolonHeaderWithoutCommaSeparatesBySemicolons() throws Exception {
        CsvLines csv = read("participant;resource;score\np1;r1;0,5\n");

        assertThat(csv.separator).isEqualTo(';');
        assertThat(csv.rows.get(1)).containsExactly("p1", "r1", "0,5");
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsInvalidAtItsLine() {
        assertThatThrownBy(() -> read("a,b\n\"x,1\n2,3\n")).isInstanceOf(CsvLines.Invalid.class)
                .hasMessageContaining("line 2 is never closed");
        assertThatThrownBy(() -> read("a,b\n1,\"x\"y\n")).isInstanceOf(CsvLines.Invalid.class)
                .satisfies(e -> assertThat(((CsvLines.Invalid) e).line).isEqualTo(2));
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', ',', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> new CsvLines(file)).isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

    @Test
    void theScoreCheckAcceptsExactlyTheDocumentedSyntax() {
        Pattern documented = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][+-]?[0-9]{1,3})?");
        String alphabet = "0123456789-+.eEx ,";
        SplittableRandom random = new SplittableRandom(16);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 12)));
            }
            boolean expected = documented.matcher(text).matches();
            assertThat(AffinityCsv.isScore(text.toString())).as("'%s'", text).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        for (String text : List.of("1".repeat(30), "1".repeat(31), "1." + "2".repeat(31), "1e1234", "0.5e-12")) {
            assertThat(AffinityCsv.isScore(text)).as(text).isEqualTo(documented.matcher(text).matches());
        }
        assertThat(accepted).isGreaterThan(1000);
    }
}
