package de.quartiersnetz.cms.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Type detection from the bytes, the allow-list and safe names, without a server. */
class UploadInspectorTest {
    private final UploadInspector inspector = new UploadInspector(1024 * 1024);

    @Test
    void namesAreTransliteratedAndSafe() {
        assertThat(FileNames.baseName("Übersicht Straßenfest 2025 (final).PDF")).isEqualTo("uebersicht-strassenfest-2025-final");
        assertThat(FileNames.baseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.baseName("Café Éclair.jpg")).isEqualTo("cafe-eclair");
        assertThat(FileNames.baseName("....")).isEqualTo("datei");
    }

    @Test
    void aPdfIsRecognisedByItsBytesWhateverItsName() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        UploadInspector.Inspected inspected = inspector.inspect("Einladung Forum.exe", pdf);
        assertThat(inspected.mimeType()).isEqualTo("application/pdf");
        assertThat(inspected.fileName()).isEqualTo("einladung-forum.pdf");
    }

    @Test
    void anOdfTextIsRecognisedAndAPlainZipIsNot() throws IOException {
        assertThat(inspector.inspect("protokoll.odt", odf()).mimeType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThatThrownBy(() -> inspector.inspect("protokoll.docx", zip()))
                .isInstanceOf(AssetRejectedException.class).hasMessageContaining("Dateityp");
    }

    @Test
    void htmlAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> inspector.inspect("bild.jpg", "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssetRejectedException.class).hasMessageContaining("text/html");
        assertThatThrownBy(() -> inspector.inspect("leer.pdf", new byte[0]))
                .isInstanceOf(AssetRejectedException.class).hasMessageContaining("ist leer");
    }

    private static byte[] odf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("a".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
