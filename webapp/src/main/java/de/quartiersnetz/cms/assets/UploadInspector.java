package de.quartiersnetz.cms.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.tika.Tika;

/**
 * Checks an upload before anything is stored: size, type detected from the bytes (Apache Tika's magic
 * numbers, never the name or the request's header), an allow-list of types, and for images a full decode and
 * re-encode, which drops every metadata block (EXIF, GPS, XMP, comments) and refuses broken files.
 */
public final class UploadInspector {
    /** Detected type → stored extension. Images are re-encoded; documents are stored as uploaded. */
    private static final Map<String, String> IMAGES = Map.of("image/jpeg", "jpg", "image/png", "png", "image/gif", "gif");
    private static final Map<String, String> DOCUMENTS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"));
    /** Office containers that tika-core recognises only by family; the extension picks the member of that family. */
    private static final Map<String, String> OOXML = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OLE2 = Map.of("doc", "application/msword",
            "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");
    private static final Set<String> SVG = Set.of("image/svg+xml");

    private final Tika tika = new Tika();
    private final long maxBytes;

    public UploadInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What is stored: safe name, detected type and the (re-encoded) bytes. */
    public record Inspected(String baseName, String extension, String mimeType, byte[] bytes, int width, int height) {
        public boolean isImage() {
            return mimeType.startsWith("image/");
        }

        public String fileName() {
            return baseName + "." + extension;
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Inspected inspect(String originalName, byte[] bytes) {
        String shown = originalName == null || originalName.isBlank() ? "Datei" : originalName;
        if (bytes == null || bytes.length == 0) {
            throw new AssetRejectedException("file", "EMPTY", "„" + shown + "“ ist leer.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(shown, maxBytes);
        }
        String detected = tika.detect(bytes);
        String baseName = FileNames.baseName(originalName);
        if (SVG.contains(detected) || detected.contains("svg")) {
            throw new AssetRejectedException("file", "SVG_REFUSED", "„" + shown
                    + "“ ist eine SVG-Grafik. SVG kann Skripte enthalten und wird nicht angenommen; bitte als PNG oder JPEG hochladen.");
        }
        if (detected.equals("image/webp")) {
            throw new AssetRejectedException("file", "WEBP_REFUSED", "„" + shown
                    + "“ ist ein WebP-Bild. WebP kann hier nicht geprüft und bereinigt werden; bitte als JPEG oder PNG hochladen.");
        }
        if (IMAGES.containsKey(detected)) {
            return reencode(shown, baseName, detected, bytes);
        }
        if (DOCUMENTS.containsKey(detected)) {
            return new Inspected(baseName, DOCUMENTS.get(detected), detected, bytes, 0, 0);
        }
        String extension = extensionOf(originalName);
        if (detected.equals("application/x-tika-ooxml") && OOXML.containsKey(extension)) {
            return new Inspected(baseName, extension, OOXML.get(extension), bytes, 0, 0);
        }
        if (detected.equals("application/x-tika-msoffice") && OLE2.containsKey(extension)) {
            return new Inspected(baseName, extension, OLE2.get(extension), bytes, 0, 0);
        }
        throw new AssetRejectedException("file", "TYPE_NOT_ALLOWED", "„" + shown + "“ hat den Dateityp " + detected
                + " (aus dem Inhalt erkannt). Erlaubt sind JPEG, PNG, GIF, PDF und Office-Dokumente (ODF, DOCX/XLSX/PPTX, DOC/XLS/PPT).");
    }

    public static AssetRejectedException tooLarge(String shown, long maxBytes) {
        return new AssetRejectedException("file", "TOO_LARGE", 413, "„" + shown + "“ ist zu groß. Erlaubt sind höchstens "
                + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB") + ".");
    }

    private static String extensionOf(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Decodes the pixels and writes them anew: nothing of the original file but the picture survives. */
    private static Inspected reencode(String shown, String baseName, String mimeType, byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new AssetRejectedException("file", "MALFORMED_IMAGE", "„" + shown
                    + "“ ist kein lesbares Bild (beschädigt oder unvollständig). Bitte die Datei neu speichern und erneut hochladen.");
        }
        if ((long) image.getWidth() * image.getHeight() > 60_000_000L) {
            throw new AssetRejectedException("file", "IMAGE_TOO_LARGE", "„" + shown + "“ hat zu viele Bildpunkte ("
                    + image.getWidth() + " × " + image.getHeight() + "). Erlaubt sind höchstens 60 Megapixel.");
        }
        String format = IMAGES.get(mimeType).equals("jpg") ? "jpeg" : IMAGES.get(mimeType);
        byte[] clean = encode(image, format);
        return new Inspected(baseName, IMAGES.get(mimeType), mimeType, clean, image.getWidth(), image.getHeight());
    }

    /** Writes an image without any metadata; JPEG at quality 0.88 and without alpha. */
    static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (format.equals("jpeg")) {
                BufferedImage rgb = image;
                if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
                    rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    var g = rgb.createGraphics();
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, image.getWidth(), image.getHeight());
                    g.drawImage(image, 0, 0, null);
                    g.dispose();
                }
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.write(null, new IIOImage(rgb, null, null), param);
                } finally {
                    writer.dispose();
                }
            } else if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode image as " + format + ": " + e.getMessage(), e);
        }
    }
}
