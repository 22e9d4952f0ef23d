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
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Plain JUnit: every UI string of every message bundle (each interface annotated
 * {@code @MessageBundle}, found among the compiled classes) exists in English and
 * in Chinese, with the same parameters.
 */
class MessageBundleParityTest {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    @Test
    void thereAreBundlesToCheck() throws IOException {
        assertTrue(bundles().contains(Msg.class), "the scan must find web.Msg at least");
    }

    @Test
    void everyKeyHasChineseAndEnglish() throws IOException {
        for (Class<?> bundle : bundles()) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties zh = chinese(name);
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(keys, new TreeSet<>(zh.stringPropertyNames()),
                    name + "_zh-CN.properties must have exactly the keys of " + bundle.getSimpleName());
            for (Method m : bundle.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                assertTrue(english != null && !english.value().isBlank(), m.getName() + " has no English text");
                assertTrue(!zh.getProperty(m.getName()).isBlank(), m.getName() + " has no Chinese text");
                assertEquals(params(english.value()), params(zh.getProperty(m.getName())),
                        name + "." + m.getName() + ": both languages must use the same parameters");
            }
        }
    }

    @Test
    void chineseTextIsActuallyChinese() throws IOException {
        List<String> notChinese = new java.util.ArrayList<>();
        for (Class<?> bundle : bundles()) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties zh = chinese(name);
            zh.stringPropertyNames().stream()
                    .filter(k -> !k.equals("lang_switch_to"))
                    .filter(k -> zh.getProperty(k).codePoints()
                            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .forEach(k -> notChinese.add(name + "." + k));
        }
        assertEquals(List.of(), notChinese);
    }

    static List<Class<?>> bundles() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<Class<?>> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(className, false, MessageBundleParityTest.class.getClassLoader());
                    if (type.isInterface() && type.isAnnotationPresent(MessageBundle.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // generated or unloadable class: not a bundle
                }
            }
        }
        return found;
    }

    private static Set<String> params(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties chinese(String bundle) throws IOException {
        Properties zh = new Properties();
        try (var in = MessageBundleParityTest.class.getResourceAsStream("/messages/" + bundle + "_zh-CN.properties")) {
            if (in == null) {
                throw new AssertionError("messages/" + bundle + "_zh-CN.properties is missing");
            }
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return zh;
    }
}
