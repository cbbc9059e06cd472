// SPDX-License-Identifier: GPL-3.0-or-later
// Reference for tst_flywaychecksum: Flyway's SQL checksum (ChecksumCalculator / LoadableResource
// in flyway-core) re-implemented with the same JDK classes it uses, so the C++ port is checked
// against the real BufferedReader.readLine and java.util.zip.CRC32. Run with a JDK 11 or newer:
//   java FlywayChecksum.java FILE...          prints "<checksum> <file>" per file
//   java FlywayChecksum.java --hex HEX...     the same for inline byte strings
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

public class FlywayChecksum {
    // Flyway reads resources through a strict UTF-8 decoder (CharsetDecoder default: REPORT).
    static Reader reader(InputStream in) {
        return Channels.newReader(Channels.newChannel(in), StandardCharsets.UTF_8.newDecoder(), 4096);
    }

    // As flyway-core: first line BOM-filtered, each line (without terminator) fed to one CRC32.
    static String checksum(InputStream in) {
        CRC32 crc32 = new CRC32();
        try (BufferedReader bufferedReader = new BufferedReader(reader(in), 4096)) {
            String line = bufferedReader.readLine();
            if (line != null) {
                if (!line.isEmpty() && line.charAt(0) == '\ufeff')
                    line = line.substring(1);
                do {
                    crc32.update(line.getBytes(StandardCharsets.UTF_8));
                } while ((line = bufferedReader.readLine()) != null);
            }
        } catch (IOException e) {
            return "error";
        }
        return Integer.toString((int) crc32.getValue());
    }

    static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; ++i)
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return out;
    }

    public static void main(String[] args) throws IOException {
        boolean inline = args.length > 0 && args[0].equals("--hex");
        for (int i = inline ? 1 : 0; i < args.length; ++i) {
            InputStream in = inline ? new ByteArrayInputStream(hex(args[i])) : Files.newInputStream(Path.of(args[i]));
            System.out.println(checksum(in) + " " + args[i]);
        }
    }
}
