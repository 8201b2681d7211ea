import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs epubcheck on several files in one JVM (starting Java once per file costs seconds).
 * Prints one block per file: "FILE <path>", the messages, then "RESULT <fatals> <errors> <warnings>".
 * Run with: java -cp /usr/share/java/epubcheck.jar EpubCheckBatch.java a.epub b.epub
 */
public class EpubCheckBatch {
  public static void main(String[] args) {
    for (String path : args) {
      StringWriter buffer = new StringWriter();
      PrintWriter writer = new PrintWriter(buffer);
      WriterReportImpl report = new WriterReportImpl(writer, path, true);
      new EpubCheck(new File(path), report).doValidate();
      writer.flush();
      System.out.println("FILE " + path);
      System.out.print(buffer);
      System.out.println("RESULT " + report.getFatalErrorCount() + " " + report.getErrorCount() + " " + report.getWarningCount());
      System.out.flush();
    }
  }
}
