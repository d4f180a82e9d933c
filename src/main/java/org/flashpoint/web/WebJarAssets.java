package org.flashpoint.web;

import org.webjars.WebJarVersionLocator;

import org.springframework.stereotype.Component;

/**
 * Finds the files of the WebJars on the classpath, with their versions, so that a page
 * names {@code /webjars/echarts/5.3.1/dist/echarts.min.js} without repeating the version
 * the build chose. A missing file fails when the page's controller is created, not when a
 * browser first asks for it.
 */
@Component
public class WebJarAssets {

	private final WebJarVersionLocator locator = new WebJarVersionLocator();

	/**
	 * The URL path of one file of a WebJar, below the context path.
	 * @param webJar the WebJar's name, as {@code echarts}
	 * @param file the file inside it, as {@code dist/echarts.min.js}
	 * @return the path, as {@code /webjars/echarts/5.3.1/dist/echarts.min.js}
	 * @throws IllegalStateException when the WebJar or the file is not on the classpath
	 */
	public String path(String webJar, String file) {
		String path = this.locator.path(webJar, file);
		if (path == null) {
			throw new IllegalStateException("WebJar asset " + webJar + "/" + file + " is not on the classpath");
		}
		return "/webjars/" + path;
	}

}
