package org.motcua.platform;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. Pages keep the language a person picked
 * ({@code ?lang=en}) in a cookie and start in Vietnamese; the API follows
 * {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new PageOrApiLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}

	static class PageOrApiLocaleResolver extends CookieLocaleResolver {

		PageOrApiLocaleResolver() {
			super("motcua-lang");
			setCookieMaxAge(Duration.ofDays(365));
			setDefaultLocale(ApiLocale.VIETNAMESE);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (ApiLocale.isApi(request)) {
				return ApiLocale.of(request);
			}
			Locale locale = super.resolveLocale(request);
			return locale.getLanguage().equals("en") ? Locale.ENGLISH : ApiLocale.VIETNAMESE;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale chosen = (locale != null && locale.getLanguage().equals("en")) ? Locale.ENGLISH
					: ApiLocale.VIETNAMESE;
			super.setLocale(request, response, chosen);
		}

	}

}
