package org.engagementrubrics.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the parser's syntax errors into problems in the reader's own words: what is wrong, where, and
 * what to do, with none of the parser's wording or its option names.
 *
 * <p>The parser's message is matched only to learn which error it is; a message it does not recognise
 * still gets a plain sentence of ours. Stateless, so thread-safe.
 */
final class SyntaxMessages {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('.*' \\(code (\\d+)\\)\\)(.*)",
            Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
            Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape .* \\(code (\\d+)\\).*",
            Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'.*", Pattern.DOTALL);

    private static final String VALUES = "a string in double quotes, a number, an object, an array, true, false"
            + " or null";

    private SyntaxMessages() {
    }

    /**
     * Reports a parse error at its place. The parser, when given, tells whether the error stands in an
     * array or an object (a {@code ]} where a value should be is a trailing comma only in an array).
     */
    static void report(JacksonException e, JsonParser parser, Problems problems) {
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
        String code = FormatCodes.SYNTAX;
        String message;
        Matcher token = NON_STANDARD.matcher(original);
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            code = FormatCodes.ENCODING;
            message = "the text is not valid UTF-8 here; save it as UTF-8";
        } else if (e instanceof StreamConstraintsException) {
            // the parser's own limits sit past ours and only trip inside streamed arrays
            if (original.startsWith("String value length") || original.startsWith("Name length")) {
                code = FormatCodes.STRING_TOO_LONG;
                message = "a string is longer than the document limit (maxDocumentBytes) allows";
            } else if (original.startsWith("Number value length")) {
                code = FormatCodes.NUMBER_TOO_LONG;
                message = "a number is longer than the configured limit (maxNumberLength)";
            } else if (original.contains("nesting depth")) {
                code = FormatCodes.TOO_DEEP;
                message = "arrays and objects nest deeper than the configured limit (maxDepth)";
            } else {
                code = FormatCodes.DOCUMENT_TOO_LARGE;
                message = "the document is larger than the configured limit (maxDocumentBytes)";
            }
        } else if (token.matches()) {
            // the parser places a non-standard number after it: put it at the token
            column = Math.max(1, column - token.group(1).length());
            message = "'" + token.group(1) + "' is not a JSON number; write a finite number, or null";
        } else {
            message = describe(original, context(parser));
        }
        problems.add("", line, column, code, message);
    }

    /** Where the parser stood: 'a' in an array, 'o' in an object, '-' otherwise or unknown. */
    private static char context(JsonParser parser) {
        TokenStreamContext context = parser == null ? null : parser.streamReadContext();
        return context == null ? '-' : context.inArray() ? 'a' : context.inObject() ? 'o' : '-';
    }

    static String describe(String original, char context) {
        if (original.startsWith("Unexpected end-of-input")) {
            return endOfInput(original);
        }
        if (original.contains("maybe a (non-standard) comment")) {
            return "a comment; JSON has no comments: remove it (a note belongs in a field, such as in extensions)";
        }
        Matcher matcher = UNEXPECTED.matcher(original);
        if (matcher.matches()) {
            return unexpected(Integer.parseInt(matcher.group(1)), matcher.group(2), context);
        }
        if ((matcher = CONTROL.matcher(original)).matches()) {
            int c = Integer.parseInt(matcher.group(1));
            return "a control character (" + character(c) + ") inside a string; write it as an escape, such as \\n"
                    + " for a line feed, \\t for a tab or " + String.format(Locale.ROOT, "\\u%04x", c);
        }
        if ((matcher = ESCAPE.matcher(original)).matches()) {
            return "'\\" + (char) Integer.parseInt(matcher.group(1)) + "' is not an escape in a JSON string; the"
                    + " escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits (write a backslash"
                    + " itself as \\\\)";
        }
        if (original.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number with a leading zero; write it without, such as 12 or 0.5 (a code with leading zeros"
                    + " belongs in a string)";
        }
        if ((matcher = TOKEN.matcher(original)).matches()) {
            return literal(matcher.group(1));
        }
        if ((matcher = CLOSE.matcher(original)).matches()) {
            String closer = matcher.group(1);
            String opened = closer.equals("]") ? "an object" : "an array";
            String wanted = closer.equals("]") ? "}" : "]";
            return original.contains("no open")
                    ? "'" + closer + "' closes nothing: every array and object is already closed; remove it"
                    : "'" + closer + "' closes " + opened + "; close it with '" + wanted + "'";
        }
        return "the text is not valid JSON here; check the syntax at this place";
    }

    private static String endOfInput(String original) {
        if (original.contains("closing quote for a string")) {
            return "the text ends inside a string; close the string with a double quote (\") and close every open"
                    + " array and object";
        }
        if (original.contains("in property name")) {
            return "the text ends inside a key; close the key with a double quote (\"), give its value and close"
                    + " the object with '}'";
        }
        if (original.contains("in character escape sequence")) {
            return "the text ends inside an escape of a string; complete it (such as \\n or \\u00e9) and close the"
                    + " string";
        }
        if (original.contains("between Array entries")) {
            return "the text ends after a comma in an array; give the next value, or remove the comma, and close"
                    + " the array with ']'";
        }
        if (original.contains("between Object entries")) {
            return "the text ends inside an object, where a key, a colon or a value should follow; complete the"
                    + " member (or remove a trailing comma) and close the object with '}'";
        }
        if (original.contains("close marker for Array")) {
            return "the text ends before an array is closed; close it with ']' (and every object around it with"
                    + " '}')";
        }
        if (original.contains("close marker for Object")) {
            return "the text ends before an object is closed; close it with '}' (and every array around it with"
                    + " ']')";
        }
        if (original.contains("digit following sign")) {
            return "the text ends after a minus sign; a negative number needs its digits, such as -1";
        }
        return "the text ends before the JSON value is complete; complete it";
    }

    private static String unexpected(int c, String rest, char context) {
        String found = character(c);
        if (rest.contains("start property name")) {
            if (c == '}') {
                return "a trailing comma: a comma after the last member of an object, before '}'; remove the comma";
            }
            if (c == ']') {
                return "']' where a key should be; close an object with '}' (and remove a comma before it)";
            }
            if (c == '\'') {
                return "a key in single quotes; JSON keys need double quotes, such as \"id\"";
            }
            if (c == ',') {
                return "a comma where a key should be (two commas, or a comma first); remove it";
            }
            return "a key without quotes, starting with " + found + "; JSON keys need double quotes, such as \"id\"";
        }
        if (rest.contains("expected a valid value") || rest.contains("expected a value")) {
            if (c == ']' && context == 'a') {
                return "a trailing comma: a comma after the last element of an array, before ']'; remove the comma";
            }
            if (c == '\'') {
                return "a string in single quotes; JSON strings need double quotes, such as \"text\"";
            }
            if (c == ',') {
                return "a comma where a value should be (two commas, or a comma first); remove it, or give the"
                        + " value";
            }
            if ((c == '}' || c == ']') && context == 'o') {
                return "a key without a value before " + found + "; give a value after the colon: " + VALUES;
            }
            return found + " where a value should start; write " + VALUES;
        }
        if (rest.contains("comma to separate Object entries")) {
            return "a missing comma before " + found + ": members of an object are separated by ','; add the comma";
        }
        if (rest.contains("comma to separate Array entries")) {
            return "a missing comma before " + found + ": elements of an array are separated by ','; add the comma";
        }
        if (rest.contains("colon to separate")) {
            return "a missing colon before " + found + ": a key and its value are separated by ':'; write"
                    + " \"key\": value";
        }
        if (rest.contains("hex-digit")) {
            return found + " is not a hexadecimal digit; write \\u with four hex digits, such as \\u00e9";
        }
        if (rest.contains("hexadecimal")) {
            return "a hexadecimal number; JSON numbers are decimal: write 16, not 0x10";
        }
        if (rest.contains("plus sign")) {
            return "a number with a plus sign; JSON numbers have no '+': write 1, not +1";
        }
        if (rest.contains("follow minus sign")) {
            return "a minus sign without digits before " + found + "; write a number such as -1";
        }
        if (rest.contains("Decimal point not followed")) {
            return "a decimal point without a digit after it; write a number such as 1.0 or 1";
        }
        if (rest.contains("Exponent indicator")) {
            return "an exponent without digits; write a number such as 1e5";
        }
        if (rest.contains("in numeric value")) {
            return found + " inside a number; write a number such as 12, -0.5 or 1e5";
        }
        return "unexpected " + found + "; check the JSON syntax at this place";
    }

    /** An unknown word where a value should be, such as {@code tru} or {@code True}. */
    private static String literal(String word) {
        for (String known : new String[] {"true", "false", "null"}) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && (known.startsWith(lower) || lower.startsWith(known))) {
                return "'" + word + "' is not a JSON value; did you mean " + known + "? (true, false and null are"
                        + " written in lower case)";
            }
        }
        return "'" + word + "' is not a JSON value; write " + VALUES + " (text needs double quotes)";
    }

    /** A character for a message: quoted when printable, by its code point otherwise. */
    static String character(int c) {
        if (c < 0x20 || c == 0x7F) {
            String name = c == '\t' ? ", a tab" : c == '\n' ? ", a line feed" : c == '\r' ? ", a carriage return" : "";
            return String.format(Locale.ROOT, "U+%04X%s", c, name);
        }
        return c == '\'' ? "\"'\"" : "'" + new String(Character.toChars(c)) + "'";
    }
}
