package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;

/** Plain JUnit: every UI string exists in English and in Chinese, with the same parameters. */
class MessageBundleParityTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyKeyHasChineseAndEnglish() throws IOException {
        Properties zh = chinese();
        Set<String> keys = Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(zh.stringPropertyNames()), "msg_zh-CN.properties must have exactly Msg's keys");
        for (Method m : Msg.class.getDeclaredMethods()) {
            Message english = m.getAnnotation(Message.class);
            assertTrue(english != null && !english.value().isBlank(), m.getName() + " has no English text");
            assertTrue(!zh.getProperty(m.getName()).isBlank(), m.getName() + " has no Chinese text");
            assertEquals(params(english.value()), params(zh.getProperty(m.getName())),
                    m.getName() + ": both languages must use the same parameters");
        }
    }

    @Test
    void chineseTextIsActuallyChinese() throws IOException {
        Properties zh = chinese();
        List<String> notChinese = zh.stringPropertyNames().stream()
                .filter(k -> !k.equals("lang_switch_to"))
                .filter(k -> zh.getProperty(k).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .toList();
        assertEquals(List.of(), notChinese);
    }

    private static Set<String> params(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties chinese() throws IOException {
        Properties zh = new Properties();
        try (var in = MessageBundleParityTest.class.getResourceAsStream("/messages/msg_zh-CN.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return zh;
    }
}
