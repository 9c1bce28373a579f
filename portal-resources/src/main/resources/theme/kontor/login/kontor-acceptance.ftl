<#-- Kontor: a required acceptance checkbox whose label holds a link (terms of use, privacy policy). -->
<#macro checkbox name labelKey href>
    <div class="${properties.kcFormGroupClass}">
        <div class="${properties.kcCheckboxClass}">
            <input class="${properties.kcCheckboxInputClass}" type="checkbox" id="${name}" name="${name}"
                   <#if (register.formData[name]!'') == 'on'>checked</#if>
                   aria-invalid="<#if messagesPerField.existsError(name)>true</#if>"/>
            <label for="${name}" class="${properties.kcCheckboxLabelClass}">
                ${kcSanitize(msg(labelKey, href))?no_esc}
                <span class="${properties.kcCheckboxLabelRequiredClass}" aria-hidden="true">&#42;</span>
            </label>
        </div>
        <div id="input-error-container-${name}">
            <#if messagesPerField.existsError(name)>
                <div class="${properties.kcFormHelperTextClass}" aria-live="polite">
                    <div class="${properties.kcInputHelperTextClass}">
                        <div class="${properties.kcInputHelperTextItemClass} ${properties.kcError}" id="input-error-${name}">
                            <span class="${properties.kcInputErrorMessageClass}">${kcSanitize(messagesPerField.get(name))?no_esc}</span>
                        </div>
                    </div>
                </div>
            </#if>
        </div>
    </div>
</#macro>
